using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbook.Jupyter;

/// <summary>
/// One message of the Jupyter messaging protocol (version 5.3): the ZeroMQ routing identities it came with, its
/// header, the header of the request it answers, metadata and content.
/// </summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content)
{
    public const string ProtocolVersion = "5.3";

    private static readonly byte[] delimiter = Encoding.ASCII.GetBytes("<IDS|MSG>");

    public string Type => Header["msg_type"]?.GetValue<string>() ?? "";

    /// <summary>A new message of <paramref name="type"/> in <paramref name="session"/>, answering <paramref name="parent"/>.</summary>
    public static JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, string session, IReadOnlyList<byte[]>? identities = null) =>
        new(
            identities ?? parent?.Identities ?? [],
            new JsonObject
            {
                ["msg_id"] = Guid.NewGuid().ToString(),
                ["session"] = session,
                ["username"] = "kernel",
                ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                ["msg_type"] = type,
                ["version"] = ProtocolVersion,
            },
            parent?.Header.DeepClone().AsObject() ?? [],
            [],
            content);

    /// <summary>The frames to send: identities, delimiter, signature, the four JSON parts.</summary>
    public List<byte[]> Encode(MessageSigner signer)
    {
        var parts = new List<byte[]> { Json(Header), Json(ParentHeader), Json(Metadata), Json(Content) };
        var frames = new List<byte[]>(Identities) { delimiter, Encoding.ASCII.GetBytes(signer.Sign(parts)) };
        frames.AddRange(parts);
        return frames;
    }

    /// <summary>Reads received frames; null with <paramref name="problem"/> when they are malformed or badly signed.</summary>
    public static JupyterMessage? Decode(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? problem)
    {
        var split = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(delimiter)) { split = i; break; }
        }
        if (split < 0 || frames.Count < split + 6)
        {
            problem = $"a message of {frames.Count} frames without the <IDS|MSG> delimiter and its five parts";
            return null;
        }
        var parts = frames.Skip(split + 2).Take(4).ToList();
        if (!signer.Verify(Encoding.ASCII.GetString(frames[split + 1]), parts))
        {
            problem = "a message with a bad HMAC-SHA256 signature";
            return null;
        }
        try
        {
            var message = new JupyterMessage(
                [.. frames.Take(split)],
                Object(parts[0]), Object(parts[1]), Object(parts[2]), Object(parts[3]));
            // Without a string type there is no reply type to answer with: such a message is logged and dropped.
            foreach (var field in new[] { "msg_type", "msg_id" })
            {
                if (message.Header[field] is not JsonValue value || !value.TryGetValue<string>(out _))
                {
                    problem = $"a message whose header's '{field}' is {message.Header[field]?.ToJsonString() ?? "missing"}; expected a string";
                    return null;
                }
            }
            problem = null;
            return message;
        }
        catch (JsonException error)
        {
            problem = $"a message whose JSON does not parse: {error.Message}";
            return null;
        }
    }

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString());

    private static JsonObject Object(byte[] frame) =>
        JsonNode.Parse(frame.Length == 0 ? "{}"u8 : frame) as JsonObject ?? throw new JsonException("a message part is not a JSON object");
}
