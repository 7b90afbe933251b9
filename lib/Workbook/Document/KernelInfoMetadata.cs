using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbook.Document;

/// <summary>
/// Reads and writes the <c>kernelInfo</c> object that .dib <c>#!meta</c> blocks and the ipynb
/// <c>polyglot_notebook</c> metadata share: <c>{"defaultKernelName": ..., "items": [{"name", "languageName", "aliases"}]}</c>.
/// Reading is lenient the way upstream is (any key order, nulls, unknown keys, missing members) but
/// rejects a value of the wrong type and names or aliases that could never select a kernel.
/// </summary>
internal static class KernelInfoMetadata
{
    /// <summary>What a <c>kernelInfo</c> object declares.</summary>
    internal sealed record Declared(string? DefaultKernelName, IReadOnlyList<KernelInfo> Items);

    private static readonly Declared Nothing = new(null, []);

    /// <summary>The declarations in <c>metadata.kernelInfo</c>; nothing when it is missing or null.</summary>
    /// <exception cref="NotebookFormatException">A member has the wrong type or an invalid name (no location set).</exception>
    public static Declared Read(JsonObject? metadata)
    {
        if (metadata?["kernelInfo"] is not { } node)
            return Nothing;
        var info = node as JsonObject ?? throw WrongType("kernelInfo", "an object", node);
        var defaultKernelName = OptionalString(info, "defaultKernelName", "kernelInfo");
        var items = ArrayOf(info["items"], "kernelInfo.items", "an array", ReadItem);
        return new Declared(defaultKernelName, items);
    }

    /// <summary>A <c>kernelInfo</c> object declaring <paramref name="kernels"/>.</summary>
    public static JsonObject Create(string? defaultKernelName, IEnumerable<KernelInfo> kernels) => new()
    {
        ["defaultKernelName"] = defaultKernelName,
        ["items"] = new JsonArray([.. kernels.Select(ToJson)]),
    };

    /// <summary>One item as upstream writes it: name, then languageName and aliases when present.</summary>
    public static JsonObject ToJson(KernelInfo kernel)
    {
        var item = new JsonObject { ["name"] = kernel.Name };
        if (kernel.LanguageName is not null)
            item["languageName"] = kernel.LanguageName;
        if (kernel.Aliases.Count > 0)
            item["aliases"] = new JsonArray([.. kernel.Aliases.Select(a => (JsonNode?)a)]);
        return item;
    }

    // An item without a name declares no separator, so it is skipped rather than rejected: the issue
    // allows any member to be missing. A name that is present must be valid.
    private static KernelInfo? ReadItem(JsonNode? node, string path)
    {
        if (node is null)
            return null;
        var item = node as JsonObject ?? throw WrongType(path, "an object", node);
        var name = OptionalString(item, "name", path);
        var languageName = OptionalString(item, "languageName", path);
        var aliases = ArrayOf(item["aliases"], $"{path}.aliases", "an array of strings", ValidName);
        if (name is null)
            return null;
        ValidName(item["name"], $"{path}.name");
        return new KernelInfo(name, languageName, aliases);
    }

    /// <summary>The non-null results of <paramref name="read"/> over an array that may be missing or null.</summary>
    private static List<T> ArrayOf<T>(JsonNode? node, string path, string expected, Func<JsonNode?, string, T?> read)
        where T : class => node switch
    {
        null => [],
        JsonArray array => [.. array.Select((element, i) => read(element, $"{path}[{i}]")).OfType<T>()],
        _ => throw WrongType(path, expected, node),
    };

    private static string ValidName(JsonNode? node, string path)
    {
        var value = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw WrongType(path, "a string", node);
        return KernelInfo.Invalidity(value) is { } problem ? throw new NotebookFormatException(null, 0, 0, $"{path}: {problem}.") : value;
    }

    private static string? OptionalString(JsonObject owner, string member, string ownerPath) => owner[member] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => throw WrongType($"{ownerPath}.{member}", "a string or null", other),
    };

    private static NotebookFormatException WrongType(string path, string expected, JsonNode? found) =>
        new(null, 0, 0, $"{path} must be {expected}; found {Describe(found)}.");

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => $"the string {node.ToJsonString()}",
        JsonValueKind.Number => $"the number {node.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"{node.ToJsonString()}",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
