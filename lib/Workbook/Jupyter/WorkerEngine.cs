using Workbook.Execution;
using Workbook.Execution.Editing;
using Workbook.Execution.Output;
using Workbook.Hosting;
using Workbook.Hosting.Protocol;
using Workbook.Outputs;

namespace Workbook.Jupyter;

/// <summary>
/// Runs the kernel's cells in a worker process (<see cref="EngineProcess"/>) that hosts the notebook's
/// <see cref="NotebookSession"/>, started in the kernel's working directory (Jupyter front ends start a kernel in
/// the notebook's folder). Completion and symbol help are asked of the same worker, so they see its state.
/// <para>
/// An interrupt asks the worker to cancel the cell. Roslyn cannot stop a submission that is running, so unless
/// the cell had finished anyway, the worker's state is abandoned: the worker is ended and a fresh one started,
/// and the caller is told so. A worker that ends on its own (a crash, <c>Environment.Exit</c>) ends the kernel.
/// </para>
/// </summary>
public sealed class WorkerEngine : IKernelEngine
{
    // How long an interrupted cell's worker may take to report before it is ended.
    private static readonly TimeSpan interruptGrace = TimeSpan.FromSeconds(2);

    private readonly WorkerLaunch launch;
    private readonly string directory;
    private Task<EngineProcess> worker;

    /// <summary>Starts the first worker in the background, so the kernel can answer kernel_info at once.</summary>
    public WorkerEngine(WorkerLaunch launch, string directory)
    {
        this.launch = launch;
        this.directory = Path.GetFullPath(directory);
        worker = Start();
    }

    /// <summary>
    /// The current worker's process id once it is ready (Roslyn warmed up). The first worker is started by the
    /// constructor, before any request, so a kernel's start and its front end's first pause pay for the warm-up,
    /// not its first cell.
    /// </summary>
    public Task<int> WorkerReady => ReadyAsync(worker);

    private static async Task<int> ReadyAsync(Task<EngineProcess> starting) => (await starting).ProcessId;

    private Task<EngineProcess> Start() => EngineProcess.StartAsync(launch, directory, OutputLimits.Default);

    public async Task<CellStatus> ExecuteAsync(
        string code, int cellNumber, ICellOutputListener output, Func<string, CancellationToken, Task<string?>> readLine, CancellationToken interrupt)
    {
        var process = await worker;
        process.AnswerInput = (request, cancellation) => readLine(request.Prompt, cancellation);
        using var stop = new CancellationTokenSource();
        using var onInterrupt = interrupt.Register(() =>
        {
            process.Interrupt();
            stop.CancelAfter(interruptGrace);
        });
        CellStatus status;
        try
        {
            var outcome = await process.RunCellAsync(code, cellNumber, output, Timeout.InfiniteTimeSpan, stop.Token);
            status = outcome.Status;
            // The worker's limits dropped output before it reached the kernel: the cell says so, as a run's report does.
            if (outcome.DroppedCharacters > 0 || outcome.DroppedOutputs > 0)
                output.Write("stderr", DroppedOutputNote.Format(outcome.DroppedCharacters, outcome.DroppedOutputs, outcome.Limit, null));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            status = CellStatus.Failed;
        }
        if (interrupt.IsCancellationRequested && (process.AbandonedBy is not null || process.HasExited))
        {
            await RestartAsync(process);
            throw new KernelRestartedException(
                $"Cell {cellNumber} could not be stopped in place, so the kernel restarted its notebook process: variables, usings and packages of earlier cells are gone; run them again.");
        }
        if (process.HasExited)
            throw new EngineEndedException(process.AbandonedBy ?? $"the notebook's process ended during cell {cellNumber}");
        return status;
    }

    public async Task<CodeCompletions> CompleteAsync(string code, int cursor, CancellationToken cancellationToken)
    {
        var reply = await (await worker).RequestAsync<CompletionsFound>(id => new CompleteCode(id, code, cursor), cancellationToken);
        return reply.Completions;
    }

    public async Task<SymbolHelp?> InspectAsync(string code, int cursor, bool detailed, CancellationToken cancellationToken)
    {
        var reply = await (await worker).RequestAsync<SymbolHelpFound>(id => new InspectCode(id, code, cursor, detailed), cancellationToken);
        return reply.Help;
    }

    // The old worker's runaway cell dies with its process; the new one warms up while the front end is told.
    private async Task RestartAsync(EngineProcess process)
    {
        worker = Start();
        await process.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await (await worker).DisposeAsync();
        }
        catch (WorkerStartException)
        {
            // It never started; there is nothing to end.
        }
    }
}
