using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;
using Workbook.Execution;
using Workbook.Execution.Editing;
using Workbook.Execution.Output;
using Workbook.Outputs;

namespace Workbook.Jupyter;

/// <summary>
/// A Jupyter kernel (messaging protocol 5.3 over ZeroMQ) on an <see cref="IKernelEngine"/>. One poller thread owns
/// the five sockets; shell and control requests are handled each on their own queue, one at a time, so an
/// interrupt or a kernel_info on control is answered while a cell runs. Every request is wrapped in
/// <c>status</c> busy/idle on iopub; every message carries the request's header as its parent.
/// </summary>
public sealed class JupyterKernel : IAsyncDisposable
{
    private readonly ConnectionFile connection;
    private readonly TextWriter log;
    private readonly MessageSigner signer;
    private readonly string session = Guid.NewGuid().ToString();
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly ResponseSocket heartbeat = new();
    private readonly NetMQQueue<(NetMQSocket Socket, List<byte[]> Frames)> outgoing = new();
    private readonly NetMQPoller poller;
    private readonly Channel<JupyterMessage> shellQueue = Channel.CreateUnbounded<JupyterMessage>();
    private readonly Channel<JupyterMessage> controlQueue = Channel.CreateUnbounded<JupyterMessage>();
    private readonly TaskCompletionSource<int> stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock inputGate = new();
    private readonly ExecutionHistory history = new();
    private readonly IKernelEngine engine;
    private CancellationTokenSource? running;
    private JupyterMessage? executing;
    private TaskCompletionSource<string?>? pendingInput;
    private int executionCount;

    public JupyterKernel(ConnectionFile connection, IKernelEngine engine, TextWriter log)
    {
        this.connection = connection;
        this.engine = engine;
        this.log = log;
        signer = new MessageSigner(connection.Key);
        poller = [shell, control, stdin, iopub, heartbeat, outgoing];
        shell.ReceiveReady += (_, e) => Guard("shell", () => Receive(e.Socket, shellQueue));
        control.ReceiveReady += (_, e) => Guard("control", () => Receive(e.Socket, controlQueue));
        stdin.ReceiveReady += (_, e) => Guard("stdin", () => ReceiveInput(e.Socket));
        heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartMessage(e.Socket.ReceiveMultipartMessage());
        outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
                item.Socket.SendMultipartBytes(item.Frames);
        };
    }

    /// <summary>Binds the sockets and serves until a shutdown request; returns the process exit code.</summary>
    /// <exception cref="KernelStartException">A port cannot be bound.</exception>
    public async Task<int> RunAsync()
    {
        Bind(shell, connection.ShellPort, "shell");
        Bind(control, connection.ControlPort, "control");
        Bind(stdin, connection.StdinPort, "stdin");
        Bind(iopub, connection.IopubPort, "iopub");
        Bind(heartbeat, connection.HeartbeatPort, "heartbeat");
        poller.RunAsync("jupyter sockets");
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, parent: null);
        _ = Task.Run(() => ServeAsync(shellQueue));
        _ = Task.Run(() => ServeAsync(controlQueue));
        WatchParent();
        var code = await stopped.Task;
        shellQueue.Writer.TryComplete();
        controlQueue.Writer.TryComplete();
        // Let the last replies leave before the sockets close.
        await Task.Delay(100);
        poller.Stop();
        return code;
    }

    // jupyter_client names the front end's process in JPY_PARENT_PID; a kernel whose front end died (killed, not
    // shut down) would otherwise live on, orphaned, holding its ports.
    private void WatchParent()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) || pid <= 1) return;
        Process parent;
        try
        {
            parent = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            stopped.TrySetResult(0);
            return;
        }
        _ = parent.WaitForExitAsync().ContinueWith(_ =>
        {
            Log($"the front end (process {pid}) has exited; shutting down");
            stopped.TrySetResult(0);
        }, TaskScheduler.Default);
    }

    private void Bind(NetMQSocket socket, int port, string channel)
    {
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        try
        {
            socket.Bind(connection.Endpoint(port));
        }
        catch (NetMQException error)
        {
            throw new KernelStartException($"cannot bind the {channel} channel to {connection.Endpoint(port)}: {error.Message}");
        }
    }

    // The poller thread serves every channel, heartbeat included: nothing a peer sends may end it, or the kernel would
    // beat on while answering nothing.
    private void Guard(string channel, Action receive)
    {
        try
        {
            receive();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            Log($"dropped a message on {channel} that could not be read: {error.Message}");
        }
    }

    private void Receive(NetMQSocket socket, Channel<JupyterMessage> queue)
    {
        var frames = socket.ReceiveMultipartBytes();
        if (JupyterMessage.Decode(frames, signer, out var problem) is { } message) queue.Writer.TryWrite(message);
        else Log($"rejected {problem}; it was not handled");
    }

    private void ReceiveInput(NetMQSocket socket)
    {
        var frames = socket.ReceiveMultipartBytes();
        if (JupyterMessage.Decode(frames, signer, out var problem) is not { } message)
        {
            Log($"rejected {problem} on stdin");
            return;
        }
        if (message.Type != "input_reply")
        {
            Log($"ignored a '{message.Type}' message on stdin");
            return;
        }
        string? value;
        try
        {
            value = MessageFields.Text(message.Content, "value", "");
        }
        catch (BadMessageException bad)
        {
            // The waiting cell reads the end of input rather than waiting for ever on an answer that will not come.
            Log($"an input_reply whose {bad.Message[..1].ToLowerInvariant()}{bad.Message[1..]} The cell reads the end of input.");
            value = null;
        }
        lock (inputGate)
        {
            pendingInput?.TrySetResult(value);
            pendingInput = null;
        }
    }

    private async Task ServeAsync(Channel<JupyterMessage> queue)
    {
        await foreach (var request in queue.Reader.ReadAllAsync())
        {
            Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
            try
            {
                var failed = await HandleAsync(request, queue == controlQueue ? control : shell);
                if (failed && MessageFields.Flag(request.Content, "stop_on_error", true)) AbortQueued(queue);
            }
            catch (BadMessageException bad)
            {
                // The sender's mistake: an error reply says which field, and the kernel goes on serving.
                Log($"answered a malformed '{request.Type}' with an error: {bad.Message}");
                ReplyError(request, queue, new ErrorOutput("BadRequest", $"{request.Type}: {bad.Message}", []));
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                Log($"{request.Type} failed inside the kernel: {error}");
                ReplyError(request, queue, new ErrorOutput(error.GetType().Name, $"{request.Type} failed inside the kernel: {error.Message}", []));
            }
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
        }
    }

    // Every request gets a reply, an error one when it could not be handled; a message type the kernel does not
    // know has no reply in the protocol and is only logged.
    private void ReplyError(JupyterMessage request, Channel<JupyterMessage> queue, ErrorOutput error)
    {
        if (!KnownRequests.Contains(request.Type))
            return;
        var content = ErrorContent(error);
        content["status"] = "error";
        if (request.Type == "execute_request")
            content["execution_count"] = executionCount;
        Reply(queue == controlQueue ? control : shell, request, content);
    }

    private static readonly HashSet<string> KnownRequests =
    [
        "kernel_info_request", "execute_request", "complete_request", "inspect_request", "is_complete_request",
        "comm_info_request", "history_request", "interrupt_request", "shutdown_request",
    ];

    // After a failed cell, execute requests already queued are answered "aborted", as IPython's kernel does.
    private void AbortQueued(Channel<JupyterMessage> queue)
    {
        var kept = new List<JupyterMessage>();
        while (queue.Reader.TryRead(out var queued))
        {
            if (queued.Type != "execute_request")
            {
                kept.Add(queued);
                continue;
            }
            Publish("status", new JsonObject { ["execution_state"] = "busy" }, queued);
            Reply(shell, queued, new JsonObject { ["status"] = "aborted", ["execution_count"] = executionCount });
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, queued);
        }
        foreach (var request in kept) queue.Writer.TryWrite(request);
    }

    /// <summary>Handles one request; true when it was a cell that failed.</summary>
    private async Task<bool> HandleAsync(JupyterMessage request, NetMQSocket socket)
    {
        switch (request.Type)
        {
            case "kernel_info_request":
                Reply(socket, request, KernelInfo());
                return false;
            case "execute_request":
                return await ExecuteAsync(request, socket);
            case "complete_request":
                Reply(socket, request, await CompleteAsync(request.Content));
                return false;
            case "inspect_request":
                Reply(socket, request, await InspectAsync(request.Content));
                return false;
            case "is_complete_request":
                var (verdict, indent) = CodeCompleteness.Check(Code(request.Content));
                var answer = new JsonObject { ["status"] = verdict.ToString().ToLowerInvariant() };
                if (verdict == Completeness.Incomplete) answer["indent"] = indent;
                Reply(socket, request, answer);
                return false;
            case "comm_info_request":
                Reply(socket, request, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                return false;
            case "comm_open":
                RefuseComm(request);
                return false;
            case "history_request":
                Reply(socket, request, new JsonObject { ["status"] = "ok", ["history"] = history.Answer(request.Content) });
                return false;
            case "interrupt_request":
                Interrupt();
                Reply(socket, request, new JsonObject { ["status"] = "ok" });
                return false;
            case "shutdown_request":
                var restart = MessageFields.Flag(request.Content, "restart", false);
                Reply(socket, request, new JsonObject { ["status"] = "ok", ["restart"] = restart });
                Interrupt();
                stopped.TrySetResult(0);
                return false;
            default:
                Log($"ignored a '{request.Type}' message: this kernel does not handle that type");
                return false;
        }
    }

    // The kernel registers no comm targets, so every comm_open names an unknown one. The messaging spec asks the
    // kernel to answer it with a comm_close on iopub for the same comm_id, so that the front end's side of the comm
    // is closed too instead of waiting on a peer that never comes.
    private void RefuseComm(JupyterMessage request)
    {
        var id = MessageFields.Text(request.Content, "comm_id", "");
        var target = MessageFields.Text(request.Content, "target_name", "");
        Log($"closed comm '{id}': no comm target '{target}' here");
        Publish("comm_close", new JsonObject { ["comm_id"] = id, ["data"] = new JsonObject() }, request);
    }

    private async Task<bool> ExecuteAsync(JupyterMessage request, NetMQSocket socket)
    {
        var content = request.Content;
        var code = Code(content);
        var silent = MessageFields.Flag(content, "silent", false);
        var storeHistory = !silent && MessageFields.Flag(content, "store_history", true);
        var allowStdin = MessageFields.Flag(content, "allow_stdin", true);
        if (storeHistory) executionCount++;
        var count = executionCount;
        if (!silent) Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);

        using var interrupt = new CancellationTokenSource();
        Volatile.Write(ref running, interrupt);
        // A display handle kept from an earlier cell updates it under the request running now, the one whose
        // outputs a front end is listening to.
        Volatile.Write(ref executing, request);
        var publisher = new CellPublisher(
            (type, body) => Publish(type, body, type == "update_display_data" ? Volatile.Read(ref executing) ?? request : request),
            count,
            silent);
        Task<string?> ReadLine(string prompt, CancellationToken cancellation)
        {
            publisher.Complete();
            return allowStdin ? AskForInputAsync(request, prompt, interrupt.Token) : Task.FromResult<string?>(null);
        }
        ErrorOutput? failure;
        var ended = false;
        try
        {
            await engine.ExecuteAsync(code, Math.Max(count, 1), publisher, ReadLine, interrupt.Token);
            publisher.Complete();
            failure = publisher.FirstError;
        }
        catch (EngineEndedException died)
        {
            publisher.Complete();
            failure = publisher.FirstError ?? new ErrorOutput("EngineEnded", died.Message, []);
            Log(died.Message + "; the kernel exits so that its front end sees it dead and can restart it");
            ended = true;
        }
        catch (KernelRestartedException restarted)
        {
            publisher.Complete();
            Publish("stream", new JsonObject { ["name"] = "stderr", ["text"] = restarted.Message + "\n" }, request);
            failure = new ErrorOutput("KernelRestarted", restarted.Message, []);
            Publish("error", ErrorContent(failure), request);
        }
        finally
        {
            Volatile.Write(ref running, null);
        }

        if (storeHistory) history.Add(count, code, publisher.ResultText);
        if (failure is not null)
        {
            var reply = ErrorContent(failure);
            reply["status"] = "error";
            reply["execution_count"] = count;
            Reply(socket, request, reply);
            if (ended) stopped.TrySetResult(1);
            return true;
        }
        Reply(socket, request, new JsonObject
        {
            ["status"] = "ok",
            ["execution_count"] = count,
            ["payload"] = new JsonArray(),
            ["user_expressions"] = await UserExpressionsAsync(content["user_expressions"] as JsonObject, count),
        });
        return false;
    }

    private static JsonObject ErrorContent(ErrorOutput error) => new()
    {
        ["ename"] = error.ErrorType,
        ["evalue"] = error.Message,
        ["traceback"] = MessageData.Traceback(error),
    };

    // Each expression runs as its own silent submission on the notebook's state; its value comes back as a
    // MIME bundle, or its failure as an error.
    private async Task<JsonObject> UserExpressionsAsync(JsonObject? expressions, int count)
    {
        var results = new JsonObject();
        foreach (var (name, node) in expressions ?? [])
        {
            var collected = new CollectedOutputs();
            await engine.ExecuteAsync(MessageFields.Text(expressions!, name, ""), Math.Max(count, 1), collected, (_, _) => Task.FromResult<string?>(null), CancellationToken.None);
            if (collected.Outputs.OfType<ErrorOutput>().FirstOrDefault() is { } error)
            {
                var failed = ErrorContent(error);
                failed["status"] = "error";
                results[name] = failed;
            }
            else
            {
                var value = collected.Outputs.OfType<DisplayOutput>().LastOrDefault(d => d.IsReturnValue);
                results[name] = new JsonObject
                {
                    ["status"] = "ok",
                    ["data"] = value is null ? new JsonObject() : MessageData.MimeBundle(value),
                    ["metadata"] = new JsonObject(),
                };
            }
        }
        return results;
    }

    private sealed class CollectedOutputs : ICellOutputListener
    {
        public List<CellOutput> Outputs { get; } = [];
        public void Write(string stream, string text) { }
        public void Add(CellOutput output) { lock (Outputs) Outputs.Add(output); }
        public bool Update(string displayId, IReadOnlyList<FormattedValue> values) => true;
    }

    private async Task<string?> AskForInputAsync(JupyterMessage request, string prompt, CancellationToken interrupt)
    {
        var answer = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (inputGate) pendingInput = answer;
        await using var cancel = interrupt.Register(() => answer.TrySetResult(null));
        var ask = JupyterMessage.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = false }, request, session);
        outgoing.Enqueue((stdin, ask.Encode(signer)));
        return await answer.Task;
    }

    private void Interrupt()
    {
        var current = Volatile.Read(ref running);
        try
        {
            current?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The cell ended in the meantime.
        }
    }

    private async Task<JsonObject> CompleteAsync(JsonObject content)
    {
        var code = Code(content);
        var cursor = Cursor(content, code);
        var found = await engine.CompleteAsync(code, cursor, CancellationToken.None);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. found.Matches.Select(m => (JsonNode?)m)]),
            ["cursor_start"] = CodePoints.FromUtf16(code, found.Start),
            ["cursor_end"] = CodePoints.FromUtf16(code, found.End),
            ["metadata"] = new JsonObject(),
        };
    }

    private async Task<JsonObject> InspectAsync(JsonObject content)
    {
        var code = Code(content);
        var cursor = Cursor(content, code);
        var detailed = (MessageFields.Number(content, "detail_level", 0, 1) ?? 0) > 0;
        var help = await engine.InspectAsync(code, cursor, detailed, CancellationToken.None);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = help is not null,
            ["data"] = help is null ? new JsonObject() : new JsonObject { ["text/plain"] = help.ToText() },
            ["metadata"] = new JsonObject(),
        };
    }

    // A cursor outside the code is the front end's mistake, answered as such rather than clamped to a guess.
    private static int Cursor(JsonObject content, string code) =>
        CodePoints.ToUtf16(code, MessageFields.Number(content, "cursor_pos", 0, CodePoints.FromUtf16(code, code.Length)) ?? code.Length);

    private static string Code(JsonObject content) => MessageFields.Text(content, "code", "");

    private static JsonObject KernelInfo()
    {
        var version = typeof(JupyterKernel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var csharp = typeof(Microsoft.CodeAnalysis.CSharp.LanguageVersion).Assembly.GetName().Version;
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = JupyterMessage.ProtocolVersion,
            ["implementation"] = "workbook",
            ["implementation_version"] = version.Split('+')[0],
            ["language_info"] = new JsonObject
            {
                ["name"] = "C#",
                ["version"] = LanguageVersionName(),
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] = $"C# (workbook engine {version.Split('+')[0]}, Roslyn {csharp}, .NET {Environment.Version})",
            ["help_links"] = new JsonArray
            {
                new JsonObject { ["text"] = "C# language reference", ["url"] = "https://learn.microsoft.com/dotnet/csharp/" },
                new JsonObject { ["text"] = ".NET API browser", ["url"] = "https://learn.microsoft.com/dotnet/api/" },
            },
            ["debugger"] = false,
        };
    }

    private static string LanguageVersionName()
    {
        var latest = Microsoft.CodeAnalysis.CSharp.LanguageVersionFacts.MapSpecifiedToEffectiveVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        return Microsoft.CodeAnalysis.CSharp.LanguageVersionFacts.ToDisplayString(latest);
    }

    private void Reply(NetMQSocket socket, JupyterMessage request, JsonObject content)
    {
        var type = request.Type.EndsWith("_request", StringComparison.Ordinal) ? request.Type[..^"_request".Length] + "_reply" : request.Type + "_reply";
        var reply = JupyterMessage.Create(type, content, request, session);
        outgoing.Enqueue((socket, reply.Encode(signer)));
    }

    private void Publish(string type, JsonObject content, JupyterMessage? parent)
    {
        var topic = Encoding.UTF8.GetBytes($"kernel.{session}.{type}");
        var message = JupyterMessage.Create(type, content, parent, session, [topic]);
        outgoing.Enqueue((iopub, message.Encode(signer)));
    }

    private void Log(string text) =>
        log.WriteLine($"[workbook kernel {DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {text}");

    public async ValueTask DisposeAsync()
    {
        if (poller.IsRunning) poller.Stop();
        poller.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub, heartbeat }) socket.Dispose();
        outgoing.Dispose();
        await engine.DisposeAsync();
    }
}
