using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workbook.Hosting.Protocol;

namespace Workbook.Hosting;

/// <summary>
/// <see cref="WorkerMessage"/>s over a byte stream (a Unix domain socket), one JSON object per line. Sending is
/// safe from any thread and synchronous, so a worker's console writer can send from inside a cell and a slow
/// reader slows the writer down instead of piling up memory.
/// </summary>
public sealed class MessageChannel : IDisposable
{
    private static readonly JsonSerializerOptions json = new()
    {
        // The channel is private; escaping HTML characters would only make outputs bigger.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Stream stream;
    private readonly StreamReader reader;
    private readonly Lock sending = new();
    private bool closed;

    public MessageChannel(Stream stream)
    {
        this.stream = stream;
        reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
    }

    /// <summary>Sends <paramref name="message"/>; false when the other side has gone.</summary>
    public bool Send(WorkerMessage message)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(message, json);
        lock (sending)
        {
            if (closed) return false;
            try
            {
                stream.Write(line);
                stream.WriteByte((byte)'\n');
                stream.Flush();
                return true;
            }
            catch (IOException)
            {
                closed = true;
                return false;
            }
            catch (ObjectDisposedException)
            {
                closed = true;
                return false;
            }
        }
    }

    /// <summary>The next message, or null when the other side closed the channel.</summary>
    /// <exception cref="JsonException">A line that is not a message of this protocol.</exception>
    public async Task<WorkerMessage?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        string? line;
        try
        {
            line = await reader.ReadLineAsync(cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }
        return line is null ? null : JsonSerializer.Deserialize<WorkerMessage>(line, json);
    }

    public void Dispose()
    {
        lock (sending) closed = true;
        reader.Dispose();
        stream.Dispose();
    }
}
