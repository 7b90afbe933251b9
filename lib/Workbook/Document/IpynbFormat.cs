using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workbook.Execution;

namespace Workbook.Document;

/// <summary>
/// Jupyter notebooks (nbformat 4.5) as .NET Interactive writes them, so a converted or executed notebook
/// opens in VS Code, Jupyter and GitHub with its kernels and, when a run is given, its outputs.
/// </summary>
/// <remarks>
/// <para>The notebook's metadata (the .dib <c>#!meta</c> object) travels as <c>metadata.polyglot_notebook</c>, which is
/// where VS Code keeps <c>kernelInfo</c>; <c>kernelspec</c> and <c>language_info</c> describe the .NET C# kernel.</para>
/// <para>Each code cell carries its kernel twice, as <c>metadata.dotnet_interactive.language</c> (older readers) and
/// <c>metadata.polyglot_notebook.kernelName</c>. Cell ids are derived from the cell's kernel and contents, so an
/// unchanged cell keeps its id from one export to the next and diffs stay small.</para>
/// </remarks>
public static class IpynbFormat
{
    private const string Markdown = "markdown";

    /// <summary>Writes the notebook as nbformat 4.5 JSON, one-space indented, ending with a newline.</summary>
    /// <param name="notebook">The cells and metadata to write.</param>
    /// <param name="run">
    /// A run of the notebook whose outputs are written into the code cells (results are matched by
    /// <see cref="CellResult.Index"/>): a displayed return value becomes <c>execute_result</c>, other displays
    /// <c>display_data</c>, console text <c>stream</c>, and failures <c>error</c>. Code cells that ran are numbered
    /// 1, 2, ... in <c>execution_count</c>; the others get null. Without a run, no cell has outputs.
    /// </param>
    /// <param name="kernelspec">The kernel <c>metadata.kernelspec</c> names; .NET Interactive's C# kernel when null.</param>
    public static string Write(Notebook notebook, NotebookRun? run = null, JupyterKernelSpec? kernelspec = null)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var results = new Dictionary<int, CellResult>();
        foreach (var result in run?.Cells ?? [])
        {
            if (result.Index < 0 || result.Index >= notebook.Cells.Count)
                throw new ArgumentException($"The run has a result for cell index {result.Index}, but the notebook has {notebook.Cells.Count} cells.", nameof(run));
            results[result.Index] = result;
        }

        var ids = CellIds(notebook.Cells);
        var cells = new JsonArray();
        var executionCount = 0;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.IsMarkdown)
            {
                cells.Add(new JsonObject
                {
                    ["cell_type"] = Markdown,
                    ["id"] = ids[i],
                    ["metadata"] = new JsonObject(),
                    ["source"] = JupyterLines(cell.Contents),
                });
                continue;
            }

            var result = results.GetValueOrDefault(i);
            int? count = result is { Status: not CellStatus.Skipped } ? ++executionCount : null;
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = count,
                ["id"] = ids[i],
                ["metadata"] = new JsonObject
                {
                    ["dotnet_interactive"] = new JsonObject { ["language"] = cell.Kernel },
                    ["polyglot_notebook"] = new JsonObject { ["kernelName"] = cell.Kernel },
                },
                ["outputs"] = new JsonArray([.. (result?.Outputs ?? []).Select(o => OutputJson(o, count))]),
                ["source"] = JupyterLines(cell.Contents),
            });
        }

        var document = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = DocumentMetadata(notebook, kernelspec ?? JupyterKernelSpec.DotNetInteractive),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return document.ToJsonString(NotebookText.IpynbJson) + "\n";
    }

    /// <summary>
    /// Reads an .ipynb into a notebook: cells and metadata only; outputs and execution counts are ignored. A code
    /// cell's kernel comes from <c>metadata.polyglot_notebook.kernelName</c>, else
    /// <c>metadata.dotnet_interactive.language</c>, else a first line <c>#!kernel</c> that names a known kernel (a
    /// line that is only the separator is dropped, as the .dib parser would drop it), else
    /// the notebook's default (<c>kernelInfo.defaultKernelName</c>, then <c>kernelspec</c>, then <c>csharp</c>). Kernels
    /// that are neither well known nor declared are added to the metadata's <c>kernelInfo.items</c>, so the
    /// notebook can be written as a .dib and read back with the same cells.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="path">The file's path, used only in error messages.</param>
    /// <exception cref="NotebookFormatException">The text is not JSON, not nbformat 4, or a cell is malformed.</exception>
    public static Notebook Read(string json, string? path = null)
    {
        var root = ParseJson(NotebookText.WithoutBom(json), path) as JsonObject
            ?? throw new NotebookFormatException(path, 0, 0, "an .ipynb must be a JSON object.");
        if (root["nbformat"] is { } format && !(format is JsonValue v && v.TryGetValue<int>(out var major) && major == 4))
            throw new NotebookFormatException(path, 0, 0, $"nbformat {format.ToJsonString()} is not supported; expected 4.");
        var cellNodes = root["cells"] as JsonArray
            ?? throw new NotebookFormatException(path, 0, 0, "an .ipynb must have a 'cells' array.");

        var documentMetadata = root["metadata"] as JsonObject;
        var metadata = Member(documentMetadata, "polyglot_notebook")?.DeepClone() as JsonObject;
        KernelInfoCollection kernels;
        KernelInfoMetadata.Declared declared;
        try
        {
            declared = KernelInfoMetadata.Read(metadata);
            kernels = KernelInfoCollection.WellKnown.With(declared.Items);
        }
        catch (NotebookFormatException error)
        {
            throw new NotebookFormatException(path, 0, 0, $"metadata.polyglot_notebook.{error.Problem}");
        }

        var defaultKernel = DefaultKernel(documentMetadata, declared.DefaultKernelName, kernels);
        var cells = new List<Cell>();
        var undeclared = new List<KernelInfo>();
        for (var i = 0; i < cellNodes.Count; i++)
        {
            var where = $"cells[{i}]";
            var cell = cellNodes[i] as JsonObject ?? throw new NotebookFormatException(path, 0, 0, $"{where} must be an object.");
            var source = Source(cell["source"], $"{where}.source", path);
            var kernel = String(cell["cell_type"]) == Markdown
                ? Markdown
                : String(Member(cell, "metadata", "polyglot_notebook", "kernelName"))
                  ?? String(Member(cell, "metadata", "dotnet_interactive", "language"));
            if (kernel is null && InferredKernel(source, kernels) is var (inferred, separatorLength))
            {
                // A first line that is exactly a separator would be one in the .dib too: drop it, as the .dib
                // parser would, so the cell converts back and forth unchanged.
                kernel = inferred;
                source = source[separatorLength..];
            }
            kernel ??= defaultKernel;
            if (kernels.TryResolve(kernel, out var known))
            {
                kernel = known.Name;
            }
            else if (KernelInfo.Invalidity(kernel) is { } problem)
            {
                throw new NotebookFormatException(path, 0, 0, $"{where}.metadata: {problem}.");
            }
            else
            {
                undeclared.Add(new KernelInfo(kernel));
                kernels = kernels.With([new KernelInfo(kernel)]);
            }
            cells.Add(new Cell(kernel, NotebookText.NormalizeContents(source)));
        }

        if (undeclared.Count > 0)
            metadata = WithDeclaredKernels(metadata, undeclared);
        return new Notebook(cells, metadata);
    }

    private static JsonNode? ParseJson(string text, string? path)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: NotebookText.StrictDocument);
        }
        catch (JsonException error) when (error.LineNumber is not null)
        {
            var (index, column) = NotebookText.Locate(error, text.Split('\n'));
            throw new NotebookFormatException(path, index + 1, column, $"invalid JSON: {NotebookText.Describe(error)}", error);
        }
        catch (JsonException error)
        {
            throw new NotebookFormatException(path, 0, 0, $"invalid JSON: {NotebookText.Describe(error)}", error);
        }
    }

    private static JsonObject DocumentMetadata(Notebook notebook, JupyterKernelSpec kernelspec)
    {
        var polyglot = notebook.Metadata?.DeepClone() as JsonObject ?? new JsonObject();
        if (polyglot["kernelInfo"] is null)
        {
            var kernels = KernelInfoCollection.For(notebook.Metadata);
            var used = notebook.Cells.Where(c => !c.IsMarkdown).Select(c => c.Kernel).Prepend("csharp").Distinct()
                .Select(name => kernels.TryResolve(name, out var k) ? k : new KernelInfo(name));
            polyglot["kernelInfo"] = KernelInfoMetadata.Create("csharp", used);
        }
        return new JsonObject
        {
            ["kernelspec"] = new JsonObject
            {
                ["display_name"] = kernelspec.DisplayName,
                ["language"] = "C#",
                ["name"] = kernelspec.Name,
            },
            ["language_info"] = new JsonObject
            {
                ["file_extension"] = ".cs",
                ["mimetype"] = "text/x-csharp",
                ["name"] = "C#",
                ["pygments_lexer"] = "csharp",
                ["version"] = "13.0",
            },
            ["polyglot_notebook"] = polyglot,
        };
    }

    private static JsonObject OutputJson(CellOutput output, int? executionCount) => output switch
    {
        DisplayOutput { IsReturnValue: true } display when executionCount is not null => new JsonObject
        {
            ["data"] = MimeBundle(display),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        DisplayOutput display => new JsonObject
        {
            ["data"] = MimeBundle(display),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = JupyterLines(stream.Text),
        },
        // Jupyter front ends (JupyterLab, GitHub) show only the traceback, so it opens with the
        // "Type: message" line, as IPython's tracebacks do.
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.ErrorType,
            ["evalue"] = error.Message,
            ["output_type"] = "error",
            ["traceback"] = Traceback(error),
        },
        _ => throw new ArgumentException($"Unknown output type {output.GetType().Name}.", nameof(output)),
    };

    // nbformat stores JSON MIME types as JSON values and every other type as text; a JSON payload that does
    // not parse is kept as text rather than lost.
    private static JsonObject MimeBundle(DisplayOutput display) => MimeBundle(display, JupyterLines);

    /// <summary>
    /// A display's MIME bundle as a Jupyter message carries it (text as one string), the same bundle the executed
    /// .ipynb holds.
    /// </summary>
    internal static JsonObject MessageMimeBundle(DisplayOutput display) => MimeBundle(display, text => JsonValue.Create(text));

    /// <summary>An error's traceback lines as the executed .ipynb holds them: "Type: message", then the frames.</summary>
    internal static JsonArray Traceback(ErrorOutput error) =>
        new([.. error.StackTrace.Prepend($"{error.ErrorType}: {error.Message}").Select(l => (JsonNode?)l)]);

    private static JsonObject MimeBundle(DisplayOutput display, Func<string, JsonNode> text)
    {
        var data = new JsonObject();
        foreach (var value in display.Values)
            data[value.MimeType] = IsJsonMime(value.MimeType) && TryParse(value.Value) is { } json ? json : text(value.Value);
        return data;
    }

    private static bool IsJsonMime(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Jupyter's multi-line string: each line keeps its <c>\n</c>; the last has none; empty text is <c>[]</c>.</summary>
    private static JsonArray JupyterLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }
        return lines;
    }

    private static string[] CellIds(IReadOnlyList<Cell> cells)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cells[i].Kernel + "\n" + cells[i].Contents)))[..12];
            var occurrence = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            ids[i] = occurrence == 1 ? hash : $"{hash}-{occurrence}";
        }
        return ids;
    }

    private static string Source(JsonNode? node, string where, string? path)
    {
        switch (node)
        {
            case null:
                return "";
            case JsonValue value when value.TryGetValue<string>(out var text):
                return text;
            case JsonArray parts:
                var builder = new StringBuilder();
                foreach (var part in parts)
                    builder.Append(String(part) ?? throw new NotebookFormatException(path, 0, 0, $"{where} must be a string or a list of strings."));
                return builder.ToString();
            default:
                throw new NotebookFormatException(path, 0, 0, $"{where} must be a string or a list of strings.");
        }
    }

    /// <summary>
    /// The kernel a first line <c>#!name ...</c> selects (upstream infers it from the text up to the first space
    /// or line break), and how many characters to drop: the whole line when it is exactly the separator, else none.
    /// </summary>
    private static (string Kernel, int SeparatorLength)? InferredKernel(string source, KernelInfoCollection kernels)
    {
        if (!source.StartsWith("#!", StringComparison.Ordinal))
            return null;
        var end = source.IndexOfAny([' ', '\r', '\n']);
        var token = end < 0 ? source[2..] : source[2..end];
        if (!kernels.TryResolve(token, out var kernel))
            return null;
        var lineEnd = source.IndexOf('\n');
        var firstLine = lineEnd < 0 ? source : source[..lineEnd];
        return firstLine.TrimEnd('\r') == "#!" + token ? (kernel.Name, lineEnd < 0 ? source.Length : lineEnd + 1) : (kernel.Name, 0);
    }

    private static string DefaultKernel(JsonObject? documentMetadata, string? declaredDefault, KernelInfoCollection kernels)
    {
        var kernelspecName = String(Member(documentMetadata, "kernelspec", "name"));
        string?[] candidates =
        [
            declaredDefault,
            kernelspecName?.StartsWith(".net-", StringComparison.Ordinal) == true ? kernelspecName[".net-".Length..] : null,
            String(Member(documentMetadata, "kernelspec", "language")),
            String(Member(documentMetadata, "language_info", "name")),
        ];
        foreach (var candidate in candidates.OfType<string>())
        {
            if (kernels.TryResolve(candidate, out var kernel) || (kernel = kernels.FindByLanguage(candidate)) is not null)
                return kernel.Name;
        }
        return "csharp";
    }

    private static JsonObject WithDeclaredKernels(JsonObject? metadata, IEnumerable<KernelInfo> kernels)
    {
        metadata ??= new JsonObject();
        if (metadata["kernelInfo"] is not JsonObject kernelInfo)
            metadata["kernelInfo"] = kernelInfo = KernelInfoMetadata.Create("csharp", []);
        if (kernelInfo["items"] is not JsonArray items)
            kernelInfo["items"] = items = new JsonArray();
        foreach (var kernel in kernels)
            items.Add(KernelInfoMetadata.ToJson(kernel));
        return metadata;
    }

    /// <summary>The node at <paramref name="names"/> below <paramref name="node"/>, or null when any step is missing or not an object.</summary>
    private static JsonNode? Member(JsonNode? node, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            node = (node as JsonObject)?[name];
        return node;
    }

    private static string? String(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
