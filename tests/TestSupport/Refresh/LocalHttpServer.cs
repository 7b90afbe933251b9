using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TestSupport.Refresh;

/// <summary>One scripted HTTP response.</summary>
/// <param name="Status">Status code.</param>
/// <param name="Reason">Reason phrase sent on the status line.</param>
/// <param name="Body">Body text (UTF-8).</param>
/// <param name="ContentType">Content-Type header.</param>
public sealed record ReplayResponse(int Status, string Reason, string Body, string ContentType = "application/json;charset=utf-8")
{
    /// <summary>Extra headers, e.g. Retry-After.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Content-Length to announce instead of the real one; with a larger value the connection closes mid-body.</summary>
    public int? DeclaredLength { get; init; }

    /// <summary>Accept the request and never answer (until the server stops).</summary>
    public bool Hang { get; init; }

    public static ReplayResponse Json(string body) => new(200, "OK", body);

    public static ReplayResponse WithStatus(int status, string reason, string body = "", string contentType = "text/plain;charset=utf-8") =>
        new(status, reason, body, contentType);
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, answering each request from a script, so that the real
/// HttpClient/Polly code runs against real sockets. One response per connection (Connection: close). It stops
/// when disposed, and by itself after 60 s so that a broken test cannot leave it running.
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<int, string, ReplayResponse> _script;
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(60));
    private readonly List<string> _targets = [];
    private readonly List<DateTimeOffset> _arrivals = [];
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;

    private LocalHttpServer(Func<int, string, ReplayResponse> script)
    {
        _script = script;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptAsync();
    }

    /// <summary>Starts a server; <paramref name="script"/> maps the 1-based request number to its response.</summary>
    public static LocalHttpServer Start(Func<int, ReplayResponse> script) => new((n, _) => script(n));

    /// <summary>Starts a server; <paramref name="script"/> maps the 1-based request number and the target (path and query) to its response.</summary>
    public static LocalHttpServer Start(Func<int, string, ReplayResponse> script) => new(script);

    /// <summary>Starts a server that gives the same response to every request.</summary>
    public static LocalHttpServer Always(ReplayResponse response) => new((_, _) => response);

    public Uri BaseUri { get; }

    /// <summary>Request targets (path and query) in arrival order.</summary>
    public IReadOnlyList<string> Targets { get { lock (_targets) return [.. _targets]; } }

    /// <summary>When each request arrived.</summary>
    public IReadOnlyList<DateTimeOffset> Arrivals { get { lock (_targets) return [.. _arrivals]; } }

    public int RequestCount { get { lock (_targets) return _targets.Count; } }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_connections) _connections.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
        catch (SocketException) { }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var target = await ReadRequestTargetAsync(stream);
            int number;
            lock (_targets)
            {
                _targets.Add(target);
                _arrivals.Add(DateTimeOffset.UtcNow);
                number = _targets.Count;
            }
            var response = _script(number, target);
            if (response.Hang)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
                return;
            }
            var body = Encoding.UTF8.GetBytes(response.Body);
            var head = new StringBuilder()
                .Append($"HTTP/1.1 {response.Status} {response.Reason}\r\n")
                .Append($"Content-Type: {response.ContentType}\r\n")
                .Append($"Content-Length: {response.DeclaredLength ?? body.Length}\r\n")
                .Append("Connection: close\r\n");
            foreach (var (name, value) in response.Headers)
                head.Append($"{name}: {value}\r\n");
            head.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
            await stream.FlushAsync(_stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The client went away or the server is stopping; either way this connection is done.
        }
    }

    private async Task<string> ReadRequestTargetAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[1024];
        while (received.Count < 65536)
        {
            var n = await stream.ReadAsync(buffer, _stop.Token);
            if (n == 0) break;
            received.AddRange(buffer.AsSpan(0, n).ToArray());
            if (Encoding.ASCII.GetString(received.ToArray()).Contains("\r\n\r\n")) break;
        }
        var requestLine = Encoding.ASCII.GetString(received.ToArray()).Split("\r\n")[0];
        var parts = requestLine.Split(' ');
        return parts.Length >= 2 ? parts[1] : requestLine;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        Task[] open;
        lock (_connections) open = [.. _connections];
        await Task.WhenAll(open);
        _stop.Dispose();
    }
}
