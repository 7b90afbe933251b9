using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using Workbook.Diagnostics;
using Workbook.Execution;
using Workbook.Execution.Output;
using Workbook.Execution.Packages;
using Workbook.Hosting.Protocol;
using Workbook.Outputs;

namespace Workbook.Hosting;

/// <summary>
/// The worker side of the engine's process isolation: one process hosts one <see cref="NotebookSession"/> for one
/// notebook, started by <see cref="EngineProcess"/> in the notebook's folder.
/// <para>
/// Design: the parent listens on a private Unix domain socket and passes its path on the command line; the worker
/// connects while it warms Roslyn up, says <see cref="Ready"/>, then runs the cells it is sent one after another. Every
/// output is sent as it is produced (a cell's partial output survives the process's end), <see cref="Console.In"/>
/// asks the parent, and a last-chance handler reports an exception that is about to end the process. The worker's
/// own standard output and error are not the channel: cells write to the console, and the runtime writes its
/// crash reports (a stack overflow) to standard error, which the parent reads. Time limits are the parent's: it
/// ends the process, which is the only way to stop code that never yields. When the channel closes (the parent
/// ended), the worker exits.
/// </para>
/// </summary>
public static class WorkerHost
{
    /// <summary>Serves <paramref name="settings"/>'s parent until it says <see cref="Shutdown"/> or goes away; returns the exit code.</summary>
    public static async Task<int> RunAsync(WorkerSettings settings)
    {
        // A process group of its own, before anything starts a process: what cells start stays in it (ProcessGroup).
        ProcessGroup.Lead();
        // Roslyn's warm-up starts first, on the thread pool, so that connecting and setting up overlap it.
        var warmUp = Stopwatch.StartNew();
        var warming = Task.Run(async () =>
        {
            using (PhaseProfile.Begin("warm-up"))
                await NotebookSession.WarmUpAsync();
        });
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(settings.SocketPath));
        using var channel = new MessageChannel(new NetworkStream(socket, ownsSocket: true));

        var inputs = new ConcurrentDictionary<int, TaskCompletionSource<string?>>();
        var forwarders = new ConcurrentDictionary<int, OutputForwarder>();
        var session = new NotebookSession(Environment.CurrentDirectory, new PackageRestorer(settings.PackageCacheDirectory));
        var budget = new OutputBudget(settings.Limits);

        // Ctrl-C in a terminal reaches the whole process group; the parent decides what an interrupt ends.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);

        ConsoleCapture.EnsureInstalled();
        Console.SetIn(new WorkerInput(channel, id => inputs.GetOrAdd(id, _ => new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously))));
        void FlushAll()
        {
            foreach (var forwarder in forwarders.Values) forwarder.Flush();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushAll();
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            FlushAll();
            var error = e.ExceptionObject is Exception exception
                ? session.DescribeException(exception)
                : new ErrorOutput(e.ExceptionObject.GetType().FullName ?? "unknown", e.ExceptionObject.ToString() ?? "", []);
            channel.Send(new ProcessCrashing(error.ErrorType, error.Message, error.StackTrace));
        };

        await warming;
        var version = typeof(WorkerHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        channel.Send(new Ready(Environment.ProcessId, version, warmUp.Elapsed.TotalMilliseconds));

        var cells = new ConcurrentDictionary<int, CancellationTokenSource>();
        Task running = Task.CompletedTask;
        while (await channel.ReceiveAsync() is { } message)
        {
            switch (message)
            {
                case RunCell run:
                    var cancellation = new CancellationTokenSource();
                    cells[run.CellId] = cancellation;
                    var forwarder = forwarders.GetOrAdd(run.CellId, id => new OutputForwarder(channel, id));
                    // Cells run one after another, off this loop, so cancel and input replies are read while one runs.
                    var previous = running;
                    running = Task.Run(async () =>
                    {
                        await previous;
                        await RunCellAsync(session, run, new CellOutputSink(budget, forwarder), forwarder, channel, cancellation.Token);
                        cells.TryRemove(run.CellId, out _);
                        cancellation.Dispose();
                    });
                    break;
                case CancelCell cancel:
                    if (cells.TryGetValue(cancel.CellId, out var source)) await source.CancelAsync();
                    break;
                case InputReply reply:
                    if (inputs.TryRemove(reply.RequestId, out var waiting)) waiting.TrySetResult(reply.Text);
                    break;
                case CompleteCode complete:
                    _ = Task.Run(async () => channel.Send(new CompletionsFound(complete.RequestId, await session.CompleteAsync(complete.Code, complete.Cursor))));
                    break;
                case InspectCode inspect:
                    _ = Task.Run(async () => channel.Send(new SymbolHelpFound(inspect.RequestId, await session.InspectAsync(inspect.Code, inspect.Cursor, inspect.Detailed))));
                    break;
                case Shutdown:
                    await running;
                    FlushAll();
                    ProcessGroup.EndOthers();
                    return 0;
            }
        }
        // The parent has gone (ended, or killed: its socket closed with it): nobody can read what the cells would still
        // produce, and nothing they started may outlive the run.
        ProcessGroup.EndOthers();
        return 0;
    }

    // Processes a cell started and left running are named in it; they are ended with the notebook.
    private static void ReportStrays(CellOutputSink sink)
    {
        if (!ProcessGroup.Leads(Environment.ProcessId)) return;
        var strays = ProcessGroup.Members(Environment.ProcessId, except: Environment.ProcessId);
        if (strays.Count == 0) return;
        var named = string.Join(", ", strays.Select(s => $"{s.Id.ToString(CultureInfo.InvariantCulture)} ({s.Name})"));
        sink.Write("stderr", $"\n[{strays.Count.ToString(CultureInfo.InvariantCulture)} process{(strays.Count == 1 ? "" : "es")} started here still running: {named}. {(strays.Count == 1 ? "It is" : "They are")} ended when the notebook ends.]\n");
    }

    private static async Task RunCellAsync(
        NotebookSession session, RunCell run, CellOutputSink sink, OutputForwarder forwarder, MessageChannel channel, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        CellStatus status;
        try
        {
            status = await session.RunAsync(run.Code, run.CellNumber, sink, Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            sink.Add(new ErrorOutput("Cancelled", $"Cell {run.CellNumber} was interrupted.", []));
            status = CellStatus.Failed;
        }
        ReportStrays(sink);
        forwarder.Flush();
        var (characters, outputs, limit) = sink.Dropped;
        RawOutputRouter.WriteEndMarkers(run.CellId);
        channel.Send(new CellFinished(run.CellId, status, clock.Elapsed.TotalMilliseconds, characters, outputs, limit, session.AbandonedBy));
    }
}
