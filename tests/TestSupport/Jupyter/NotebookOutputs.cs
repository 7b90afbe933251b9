using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workbook.Formatting;

namespace TestSupport.Jupyter;

/// <summary>One code cell's outputs from an executed .ipynb, each reduced to a comparable text.</summary>
/// <param name="CellNumber">The cell's 1-based position among all cells of the notebook, as the .dib numbers it.</param>
/// <param name="Outputs">The outputs in order, normalised by <see cref="NotebookOutputs"/>.</param>
public sealed record CellOutputs(int CellNumber, IReadOnlyList<string> Outputs);

/// <summary>
/// The code cells' outputs of an executed notebook in a form two runs of the same code can be compared in, whichever
/// kernel ran them (the engine's batch run, the engine's Jupyter kernel, the real .NET Interactive kernel): text
/// stored as a list of lines joined; consecutive writes to one stream merged (how a kernel chunks console text into
/// messages is its own affair, and front ends show one block); JSON MIME values parsed and their members sorted;
/// random ids (chart element ids, GUIDs) and measured wall times replaced by placeholders.
/// </summary>
/// <remarks>
/// An output is its type and its MIME bundle (an error: its name and message). Two things the Jupyter mode of .NET
/// Interactive adds on its own, whatever the notebook holds, are dropped: the script it injects into the first
/// executed cell to find its HTTP API, and the notice that it loaded a package's kernel extension (Microsoft.Data.Analysis
/// ships one). Neither is an output of the notebook's code, and the workbook engine writes neither.
/// </remarks>
public static partial class NotebookOutputs
{
    [GeneratedRegex(@"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")]
    private static partial Regex Id();

    [GeneratedRegex(@"Wall time: \d+(\.\d+)?ms")]
    private static partial Regex WallTime();

    /// <summary>The code cells of the notebook at <paramref name="ipynbPath"/>, in order.</summary>
    public static IReadOnlyList<CellOutputs> Read(string ipynbPath) => Parse(File.ReadAllText(ipynbPath));

    /// <summary>The code cells of the notebook <paramref name="ipynb"/> (its JSON text), in order.</summary>
    public static IReadOnlyList<CellOutputs> Parse(string ipynb)
    {
        var cells = JsonNode.Parse(ipynb)!["cells"]!.AsArray();
        var result = new List<CellOutputs>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!;
            if ((string?)cell["cell_type"] != "code") continue;
            var outputs = new List<string>();
            string? openStream = null;
            foreach (var output in cell["outputs"]?.AsArray() ?? [])
            {
                if (IsKernelInfrastructure(output!)) continue;
                var type = (string)output!["output_type"]!;
                if (type == "stream")
                {
                    var name = (string)output["name"]!;
                    var text = Text(output["text"]);
                    if (openStream == name) outputs[^1] += text;
                    else outputs.Add($"stream {name}\n{text}");
                    openStream = name;
                    continue;
                }
                openStream = null;
                outputs.Add(Describe(type, output));
            }
            result.Add(new CellOutputs(i + 1, [.. outputs.Select(Normalise)]));
        }
        return result;
    }

    /// <summary>Compiler warnings the kernel printed, one line each.</summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<CellOutputs> cells) =>
        [.. cells.SelectMany(c => c.Outputs)
            .Where(o => o.StartsWith("stream stderr", StringComparison.Ordinal))
            .SelectMany(o => o.Split('\n'))
            .Where(l => Regex.IsMatch(l, @"warning [A-Z]+\d+:"))];

    /// <summary>The error outputs, as "cell N: ename: evalue".</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<CellOutputs> cells) =>
        [.. cells.SelectMany(c => c.Outputs.Where(o => o.StartsWith("error ", StringComparison.Ordinal)).Select(o => $"cell {c.CellNumber}: {o[6..]}"))];

    private static string Describe(string type, JsonNode output)
    {
        if (type == "error") return $"error {(string?)output["ename"]}: {(string?)output["evalue"]}";
        var data = output["data"]?.AsObject() ?? [];
        var parts = data.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"[{p.Key}]\n{(MimeTypes.IsJson(p.Key) ? Json(p.Value) : Text(p.Value))}");
        return $"{type}\n{string.Join("\n", parts)}";
    }

    private static string Normalise(string output) => WallTime().Replace(Id().Replace(output, "<id>"), "Wall time: <t>ms");

    private static bool IsKernelInfrastructure(JsonNode output)
    {
        var html = Text(output["data"]?["text/html"]);
        var plain = Text(output["data"]?["text/plain"]);
        return html.Contains("dotnet-interactive-this-cell", StringComparison.Ordinal)
            || (plain.StartsWith("Loading extensions from `", StringComparison.Ordinal) && plain.Contains("interactive-extensions", StringComparison.Ordinal));
    }

    // nbformat stores multi-line strings either as one string or as a list of lines, and a JSON MIME type's value
    // as JSON, whose members nbformat writes sorted: compare that in one canonical order.
    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines when lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)) => string.Concat(lines.Select(l => (string?)l)),
        JsonObject or JsonArray => Sorted(node)!.ToJsonString(),
        _ => (string?)node ?? "",
    };

    // .NET Interactive sends a JSON MIME type's value as JSON text, which nbformat keeps as a string; the engine's
    // executed notebook stores it as JSON. The same figure either way: compare the parsed value.
    private static string Json(JsonNode? node)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return Sorted(JsonNode.Parse(text))!.ToJsonString();
            }
            catch (System.Text.Json.JsonException)
            {
                return text;
            }
        }
        return Text(node);
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
