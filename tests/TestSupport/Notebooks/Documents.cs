using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;

namespace TestSupport.Notebooks;

/// <summary>Builds and inspects upstream documents in tests, whose elements have no value equality.</summary>
public static class Documents
{
    public static InteractiveDocumentElement Cell(string kernel, string contents) => new(contents, kernel, []);

    public static InteractiveDocument Of(params InteractiveDocumentElement[] cells) => new([.. cells]);

    /// <summary>Each cell as (kernel, contents), for comparing documents.</summary>
    public static (string Kernel, string Contents)[] Cells(InteractiveDocument document) =>
        [.. document.Elements.Select(e => (e.KernelName ?? "", e.Contents))];

    /// <summary>The document's metadata as JSON, as upstream serializes it.</summary>
    public static JsonObject Meta(InteractiveDocument document) => (JsonObject)JsonNode.Parse(JsonSerializer.Serialize(document.Metadata))!;

    public static bool SameJson(string expected, JsonNode? actual) => JsonNode.DeepEquals(JsonNode.Parse(expected), actual);
}
