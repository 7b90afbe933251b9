using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Workbook.Diagnostics;
using Workbook.Execution;
using Workbook.Execution.Output;
using Workbook.Hosting.Protocol;
using Workbook.Outputs;

namespace Workbook.Hosting;

/// <summary>
/// The parent side of a worker process (<see cref="WorkerHost"/>) that runs one notebook's C# cells.
/// <para>
/// Design: <see cref="StartAsync"/> listens on a fresh Unix domain socket, starts the worker in the notebook's
/// folder with that socket's path, and waits for <see cref="Ready"/>; the worker's own console is drained, its
/// standard error kept for crash reports. <see cref="RunCellAsync"/> sends <see cref="RunCell"/> and passes each
/// output to a listener as it arrives, so a front end can publish it live and a crash keeps all output so far.
/// It ends in one of three ways: the worker's <see cref="CellFinished"/>; the process's end (exit code, stack
/// overflow read from standard error, an uncaught exception the worker reported), told as the cell's error; or
/// the time limit, which ends the process for real. After the process ended no further cell runs
/// (<see cref="AbandonedBy"/>). Standard input requests go to <see cref="AnswerInput"/>; the default answers end
/// of input at once, as a batch run must. New request/reply pairs go through <see cref="RequestAsync{TReply}"/>.
/// </para>
/// </summary>
public sealed class EngineProcess : ICellHost
{
    /// <summary>The environment variable that tells code in the worker the notebook's folder.</summary>
    public const string NotebookFolderVariable = "WORKBOOK_NOTEBOOK_DIR";

    private static readonly TimeSpan connectTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan drainTimeout = TimeSpan.FromSeconds(5);
    // How long a finished cell's raw output may take to arrive through the pipes after the cell's end was reported.
    private static readonly TimeSpan rawOutputWait = TimeSpan.FromSeconds(2);

    private readonly Process process;
    private readonly MessageChannel channel;
    private readonly StandardErrorTail standardError;
    private readonly RawOutputRouter raw;
    private readonly bool leadsGroup;
    private readonly Task drained;
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<int, ICellOutputListener> listeners = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<CellFinished>> finishing = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<WorkerReply>> replies = new();
    private readonly ConcurrentDictionary<int, int> cellNumbers = new();
    private ProcessCrashing? crash;
    private string? protocolError;
    private int nextCell;
    private int nextRequest;
    private int running;

    private EngineProcess(Process process, MessageChannel channel, StandardErrorTail standardError, RawOutputRouter raw, Task drained, Ready ready, TimeSpan startup)
    {
        this.raw = raw;
        this.process = process;
        this.channel = channel;
        this.standardError = standardError;
        this.drained = drained;
        ProcessId = ready.ProcessId;
        // Checked once, while it runs: only a group of the worker's own may be ended, never the caller's.
        leadsGroup = ProcessGroup.Leads(ProcessId);
        StartupTime = startup;
        WarmUpTime = TimeSpan.FromMilliseconds(ready.WarmUpMilliseconds);
        _ = ReadAsync();
    }

    /// <summary>The worker's process id.</summary>
    public int ProcessId { get; }

    /// <summary>From starting the process to its <see cref="Ready"/>: the per-notebook cost of a process of its own.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>The part of <see cref="StartupTime"/> the worker spent warming Roslyn up.</summary>
    public TimeSpan WarmUpTime { get; }

    /// <summary>Why no more cells run here, or null.</summary>
    public string? AbandonedBy { get; private set; }

    /// <summary>Answers a cell's request for a line of input; null is end of input. The default answers null at once.</summary>
    public Func<InputRequest, CancellationToken, Task<string?>> AnswerInput { get; set; } = (_, _) => Task.FromResult<string?>(null);

    /// <summary>True once the worker process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Starts a worker in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    /// <exception cref="WorkerStartException">The process did not start, ended, or did not connect within a minute.</exception>
    public static async Task<EngineProcess> StartAsync(
        WorkerLaunch launch, string workingDirectory, OutputLimits limits, string? packageCacheDirectory = null, CancellationToken cancellationToken = default)
    {
        using var phase = PhaseProfile.Begin("worker-start", Path.GetFullPath(workingDirectory));
        var clock = Stopwatch.StartNew();
        var socketPath = Path.Combine(Path.GetTempPath(), $"workbook-{Environment.ProcessId}-{Guid.NewGuid():N}.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);
        Process? process = null;
        try
        {
            var settings = new WorkerSettings(socketPath, limits, packageCacheDirectory);
            var start = new ProcessStartInfo(launch.FileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in launch.Arguments.Concat(settings.ToArguments())) start.ArgumentList.Add(argument);
            start.Environment[NotebookFolderVariable] = Path.GetFullPath(workingDirectory);
            foreach (var (name, value) in launch.Environment) start.Environment[name] = value;
            process = Process.Start(start) ?? throw new WorkerStartException($"{launch.FileName} did not start.");
            // Standard input is closed: code that reads the console itself sees the end of input, never a wait.
            process.StandardInput.Close();
            var standardError = new StandardErrorTail();
            var raw = new RawOutputRouter(limits.PerCell, standardError.Add);
            var drained = Task.WhenAll(raw.PumpAsync(process.StandardError, "stderr"), raw.PumpAsync(process.StandardOutput, "stdout"));

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            waiting.CancelAfter(connectTimeout);
            var accept = listener.AcceptAsync(waiting.Token).AsTask();
            var exit = process.WaitForExitAsync(waiting.Token);
            if (await Task.WhenAny(accept, exit) != accept || !accept.IsCompletedSuccessfully)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Kill(process);
                await Task.WhenAny(drained, Task.Delay(drainTimeout, CancellationToken.None));
                throw new WorkerStartException(process.HasExited
                    ? $"The notebook's process ended before it was ready (exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}): {standardError}"
                    : $"The notebook's process did not connect within {connectTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
            }
            var channel = new MessageChannel(new NetworkStream(await accept, ownsSocket: true));
            var first = await channel.ReceiveAsync(waiting.Token);
            if (first is not Ready ready)
            {
                Kill(process);
                channel.Dispose();
                throw new WorkerStartException($"The notebook's process did not say it was ready: {standardError}");
            }
            return new EngineProcess(process, channel, standardError, raw, drained, ready, clock.Elapsed);
        }
        catch
        {
            if (process is not null)
            {
                Kill(process);
                process.Dispose();
            }
            throw;
        }
        finally
        {
            File.Delete(socketPath);
        }
    }

    /// <summary>
    /// Runs one C# cell in the worker; <paramref name="output"/> receives each output as it arrives. The time limit
    /// counts from the request; when it passes, the process is ended and the cell fails.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the process has been ended.</exception>
    public async Task<CellOutcome> RunCellAsync(string code, int cellNumber, ICellOutputListener output, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (AbandonedBy is { } reason)
        {
            output.Add(new ErrorOutput("SessionAbandoned", $"Not run: {reason}.", []));
            return new CellOutcome(CellStatus.Failed, TimeSpan.Zero);
        }
        var id = Interlocked.Increment(ref nextCell);
        var done = new TaskCompletionSource<CellFinished>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners[id] = output;
        raw.Begin(output);
        finishing[id] = done;
        cellNumbers[id] = cellNumber;
        running = id;
        var clock = Stopwatch.StartNew();
        channel.Send(new RunCell(id, code, cellNumber));
        using var deadlineCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timeout, deadlineCancellation.Token);
        var first = await Task.WhenAny(done.Task, closed.Task, deadline);
        await deadlineCancellation.CancelAsync();
        finishing.TryRemove(id, out _);
        running = 0;

        if (done.Task.IsCompleted)
        {
            var finished = await done.Task;
            // What the cell wrote past Console (raw writes, child processes) is in its outputs before they are taken.
            await Task.WhenAny(raw.ReachedAsync(id), Task.Delay(rawOutputWait, CancellationToken.None));
            if (raw.TakeDroppedNote() is { } note)
                output.Write("stderr", note);
            AbandonedBy ??= finished.AbandonedBy;
            return new CellOutcome(finished.Status, TimeSpan.FromMilliseconds(finished.DurationMilliseconds), finished.DroppedCharacters, finished.DroppedOutputs, finished.Limit);
        }
        if (first == closed.Task)
        {
            var error = await DescribeEndAsync();
            output.Add(error);
            AbandonedBy = $"the notebook's process ended during cell {cellNumber} ({error.ErrorType})";
            return new CellOutcome(CellStatus.Failed, clock.Elapsed);
        }
        Kill(process);
        if (cancellationToken.IsCancellationRequested)
        {
            AbandonedBy = $"the run was cancelled during cell {cellNumber}";
            cancellationToken.ThrowIfCancellationRequested();
        }
        var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        AbandonedBy = $"cell {cellNumber} timed out after {seconds} s and its process was stopped";
        output.Add(new ErrorOutput(
            "Timeout",
            $"Cell {cellNumber} did not finish within {seconds} s (--cell-timeout). The notebook's process was stopped; later C# cells of this notebook are not run.",
            []));
        return new CellOutcome(CellStatus.Failed, clock.Elapsed);
    }

    /// <summary>Asks the running cell to stop (an interrupt); code that never yields keeps running until the process ends.</summary>
    public void Interrupt()
    {
        if (running is var id and > 0) channel.Send(new CancelCell(id));
    }

    /// <summary>Sends the request <paramref name="create"/> makes for a fresh request id and waits for its reply.</summary>
    /// <exception cref="InvalidOperationException">The process ended before replying, or replied with another type.</exception>
    public async Task<TReply> RequestAsync<TReply>(Func<int, WorkerRequest> create, CancellationToken cancellationToken = default) where TReply : WorkerReply
    {
        var id = Interlocked.Increment(ref nextRequest);
        var reply = new TaskCompletionSource<WorkerReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        replies[id] = reply;
        try
        {
            if (!channel.Send(create(id))) throw new InvalidOperationException("The notebook's process has ended.");
            var first = await Task.WhenAny(reply.Task, closed.Task).WaitAsync(cancellationToken);
            if (first != reply.Task) throw new InvalidOperationException("The notebook's process ended before it replied.");
            return await reply.Task as TReply
                ?? throw new InvalidOperationException($"The notebook's process replied with {reply.Task.Result.GetType().Name}, not {typeof(TReply).Name}.");
        }
        finally
        {
            replies.TryRemove(id, out _);
        }
    }

    Task<CellStatus> ICellHost.RunAsync(string code, int cellNumber, CellOutputSink sink, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunIntoSinkAsync(code, cellNumber, sink, timeout, cancellationToken);

    private async Task<CellStatus> RunIntoSinkAsync(string code, int cellNumber, CellOutputSink sink, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var outcome = await RunCellAsync(code, cellNumber, sink, timeout, cancellationToken);
        sink.NoteDropped(outcome.DroppedCharacters, outcome.DroppedOutputs, outcome.Limit);
        return outcome.Status;
    }

    /// <summary>Asks the worker to exit, and ends it if it has not within a few seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            channel.Send(new Shutdown());
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
            }
        }
        // However the worker ended (a shutdown, a crash, Environment.Exit), nothing its cells started outlives it.
        if (leadsGroup) ProcessGroup.EndGroup(ProcessId);
        channel.Dispose();
        process.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await channel.ReceiveAsync() is { } message) Dispatch(message);
        }
        catch (JsonException problem)
        {
            protocolError = problem.Message;
            Kill(process);
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            closed.TrySetResult();
            foreach (var reply in replies.Values) reply.TrySetCanceled();
        }
    }

    private void Dispatch(WorkerMessage message)
    {
        switch (message)
        {
            case StreamWritten stream:
                Listener(stream)?.Write(stream.Name, stream.Text);
                break;
            case DisplayShown display:
                Listener(display)?.Add(new DisplayOutput(display.Values, display.DisplayId, IsReturnValue: false));
                break;
            case ReturnValueShown value:
                Listener(value)?.Add(new DisplayOutput(value.Values, DisplayId: null, IsReturnValue: true));
                break;
            case DisplayUpdated update:
                Listener(update)?.Update(update.DisplayId, update.Values);
                break;
            case ErrorRaised error:
                Listener(error)?.Add(error.Error);
                break;
            case CellFinished finished:
                if (finishing.TryGetValue(finished.CellId, out var done)) done.TrySetResult(finished);
                break;
            case InputRequested request:
                _ = AnswerAsync(request);
                break;
            case ProcessCrashing crashing:
                crash = crashing;
                break;
            case WorkerReply reply:
                if (replies.TryGetValue(reply.RequestId, out var waiting)) waiting.TrySetResult(reply);
                break;
        }
    }

    private ICellOutputListener? Listener(CellMessage message) => listeners.GetValueOrDefault(message.CellId);

    private async Task AnswerAsync(InputRequested request)
    {
        string? text;
        try
        {
            text = await AnswerInput(new InputRequest(cellNumbers.GetValueOrDefault(request.CellId), request.Prompt), CancellationToken.None);
        }
        catch (Exception problem) when (problem is OperationCanceledException or IOException or InvalidOperationException)
        {
            text = null;
        }
        channel.Send(new InputReply(request.RequestId, text));
    }

    /// <summary>Waits for the process to end and its standard error to be read, then says how it ended.</summary>
    private async Task<ErrorOutput> DescribeEndAsync()
    {
        using var grace = new CancellationTokenSource(drainTimeout);
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            // The channel closed but the process lives on: it cannot run cells any more.
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        await Task.WhenAny(drained, Task.Delay(drainTimeout, CancellationToken.None));
        if (protocolError is { } problem)
            return new ErrorOutput("ProtocolError", $"The notebook's process sent a message the engine cannot read, so it was stopped: {problem}", []);
        return ProcessEnding.Describe(process.ExitCode, crash, standardError);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }
    }
}
