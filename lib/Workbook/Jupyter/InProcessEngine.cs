using Workbook.Execution;
using Workbook.Execution.Editing;
using Workbook.Execution.Packages;

namespace Workbook.Jupyter;

/// <summary>
/// Runs cells on a <see cref="NotebookSession"/> in the kernel's own process, with the process's working
/// directory as the notebook's folder (Jupyter front ends start a kernel there). A running submission cannot be
/// stopped from outside, so an interrupt abandons it and starts a fresh session. The session is created in the
/// background, so the kernel answers kernel_info before Roslyn has read the framework's metadata.
/// </summary>
public sealed class InProcessEngine : IKernelEngine
{
    private readonly string directory;
    private Task<NotebookSession> session;

    public InProcessEngine(string directory)
    {
        this.directory = Path.GetFullPath(directory);
        session = Start();
    }

    private Task<NotebookSession> Start() => Task.Run(() => new NotebookSession(directory, new PackageRestorer()));

    public async Task<CellStatus> ExecuteAsync(string code, int cellNumber, ICellListener listener, CancellationToken interrupt)
    {
        try
        {
            return await (await session).RunAsync(code, cellNumber, listener, Timeout.InfiniteTimeSpan, interrupt);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            session = Start();
            throw new KernelRestartedException(
                $"Cell {cellNumber} could not be stopped in place, so the kernel restarted its notebook state: variables, usings and packages of earlier cells are gone; run them again.");
        }
    }

    public async Task<CodeCompletions> CompleteAsync(string code, int cursor, CancellationToken cancellationToken) =>
        await (await session).CompleteAsync(code, cursor, cancellationToken);

    public async Task<SymbolHelp?> InspectAsync(string code, int cursor, bool detailed, CancellationToken cancellationToken) =>
        await (await session).InspectAsync(code, cursor, detailed, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
