using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbook.Jupyter;

/// <summary>
/// Where a kernel listens and how it signs, as the front end wrote it into the connection file it starts the
/// kernel with (<c>kernel-*.json</c>).
/// </summary>
public sealed record ConnectionFile(
    string Transport,
    string Ip,
    int ShellPort,
    int IopubPort,
    int StdinPort,
    int ControlPort,
    int HeartbeatPort,
    string Key,
    string SignatureScheme)
{
    /// <summary>The ZeroMQ endpoint for <paramref name="port"/>: <c>tcp://127.0.0.1:port</c>.</summary>
    public string Endpoint(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>True when the file turned signing off with an explicit empty key.</summary>
    public bool Unsigned => Key.Length == 0;

    /// <summary>Reads and checks a connection file.</summary>
    /// <exception cref="KernelStartException">The file is missing, not JSON, or lacks or mistypes a field (the key included).</exception>
    public static ConnectionFile Read(string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new KernelStartException($"{path}: a connection file must be a JSON object.");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new KernelStartException($"{path}: cannot read the connection file: {error.Message}");
        }
        catch (JsonException error)
        {
            throw new KernelStartException($"{path}: line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}: not valid JSON: {error.Message}");
        }

        var transport = Text(root, "transport", path, "tcp");
        if (transport != "tcp")
            throw new KernelStartException($"{path}: transport is '{transport}'; this kernel speaks only 'tcp' (ZeroMQ over TCP).");
        var scheme = Text(root, "signature_scheme", path, "hmac-sha256");
        // A missing key would leave the kernel executing unsigned requests from any local process that finds its
        // ports; only an explicit empty key (the protocol's way to turn signing off) starts one unsigned.
        if (root["key"] is null)
            throw new KernelStartException($"{path}: 'key' is missing, so the kernel would run unsigned requests from any local process that finds its ports. Give the HMAC key the front end signs with, or \"key\": \"\" to turn signing off on purpose.");
        var key = Text(root, "key", path, "");
        if (key.Length > 0 && scheme != "hmac-sha256")
            throw new KernelStartException($"{path}: signature_scheme is '{scheme}'; expected 'hmac-sha256'.");
        return new ConnectionFile(
            transport,
            Text(root, "ip", path, "127.0.0.1"),
            Port(root, "shell_port", path),
            Port(root, "iopub_port", path),
            Port(root, "stdin_port", path),
            Port(root, "control_port", path),
            Port(root, "hb_port", path),
            key,
            scheme);
    }

    private static string Text(JsonObject root, string name, string path, string fallback) => root[name] switch
    {
        null => fallback,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw new KernelStartException($"{path}: '{name}' is {other.ToJsonString()}; expected a string."),
    };

    private static int Port(JsonObject root, string name, string path) => root[name] switch
    {
        JsonValue value when value.TryGetValue<int>(out var port) && port is > 0 and < 65536 => port,
        null => throw new KernelStartException($"{path}: '{name}' is missing; expected a TCP port number."),
        var other => throw new KernelStartException($"{path}: '{name}' is {other.ToJsonString()}; expected a TCP port number from 1 to 65535."),
    };
}
