using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workbook.Tests.Jupyter;

/// <summary>
/// The outputs of an executed .ipynb, cell by cell, in a form two runs can be compared in: multi-line strings
/// joined, consecutive writes to one stream merged (front ends show them as one block, and how a kernel batches
/// console writes into messages is not part of the result), random element and display ids and measured times
/// replaced by placeholders.
/// </summary>
internal static partial class NotebookOutputs
{
    public static IReadOnlyList<string> Normalised(string ipynb)
    {
        var cells = JsonNode.Parse(ipynb)!["cells"]!.AsArray();
        var result = new List<string>();
        foreach (var cell in cells)
        {
            if (cell!["cell_type"]!.GetValue<string>() != "code") continue;
            var outputs = new JsonArray();
            foreach (var output in cell["outputs"]!.AsArray())
            {
                var copy = Joined(output!.DeepClone())!.AsObject();
                if (copy["output_type"]!.GetValue<string>() == "stream" && outputs.LastOrDefault() is JsonObject last
                    && last["output_type"]!.GetValue<string>() == "stream" && last["name"]!.GetValue<string>() == copy["name"]!.GetValue<string>())
                {
                    last["text"] = last["text"]!.GetValue<string>() + copy["text"]!.GetValue<string>();
                    continue;
                }
                outputs.Add(copy);
            }
            result.Add(Placeholders(outputs.ToJsonString()));
        }
        return result;
    }

    // nbformat stores text as a list of lines or one string; both mean the same text.
    private static JsonNode? Joined(JsonNode? node) => node switch
    {
        JsonObject obj => Rebuilt(obj),
        JsonArray array when array.All(item => item is JsonValue value && value.TryGetValue<string>(out _)) && array.Count > 0 =>
            JsonValue.Create(string.Concat(array.Select(item => item!.GetValue<string>()))),
        JsonArray array => new JsonArray([.. array.Select(item => Joined(item?.DeepClone()))]),
        _ => node,
    };

    private static JsonObject Rebuilt(JsonObject source)
    {
        var rebuilt = new JsonObject();
        foreach (var (name, value) in source.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // JSON MIME types keep their structure (members sorted, as nbformat writes them); only nbformat's text
            // fields are lists of lines.
            rebuilt[name] = name.EndsWith("json", StringComparison.Ordinal) ? Sorted(value) : Joined(value?.DeepClone());
        }
        return rebuilt;
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static string Placeholders(string text)
    {
        text = Guids().Replace(text, "<id>");
        text = WallTime().Replace(text, "Wall time: <t>ms");
        return text;
    }

    [GeneratedRegex(@"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex(@"Wall time: \d+(\.\d+)?ms")]
    private static partial Regex WallTime();
}
