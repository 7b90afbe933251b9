using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Workbook.Formatting;
using Workbook.IO;

namespace Workbook.Document;

/// <summary>
/// Jupyter notebooks (nbformat 4.5), read and written by the upstream library (<see cref="Notebook"/>), cells,
/// kernels and outputs included.
/// </summary>
/// <remarks>
/// <para>A document's metadata is the .dib <c>#!meta</c> object, whichever format it came from; in an .ipynb it
/// travels as <c>metadata.polyglot_notebook</c>, which is where VS Code keeps <c>kernelInfo</c>.</para>
/// <para>What this class adds to upstream, each because a converted or executed notebook needs it: clear errors with
/// a location; a kernel for every code cell, declared in the metadata when it is not a well-known one, so the
/// notebook converts to a .dib and back with the same cells; <c>kernelspec</c> and <c>language_info</c> for the
/// .NET C# kernel; and the cell ids nbformat 4.5 requires, derived from each cell's kernel and contents so an
/// unchanged cell keeps its id from one export to the next.</para>
/// </remarks>
public static class IpynbFormat
{
    private const string PolyglotNotebook = "polyglot_notebook";

    /// <summary>
    /// Reads an .ipynb. A code cell's kernel is upstream's (cell metadata, a first line <c>#!kernel</c>, then the
    /// <c>kernelspec</c> language) resolved to a kernel name; a cell that names none gets the notebook's default
    /// kernel (<c>kernelInfo.defaultKernelName</c>, else <c>csharp</c>).
    /// </summary>
    /// <param name="json">The file's text; one leading BOM is dropped.</param>
    /// <param name="path">The file's path, used only in error messages.</param>
    /// <exception cref="NotebookFormatException">The text is not JSON, not nbformat 4, or a cell is malformed.</exception>
    public static InteractiveDocument Read(string json, string? path = null)
    {
        var text = JsonErrors.WithoutBom(json);
        using var shape = CheckShape(text, path);
        InteractiveDocument document;
        try
        {
            document = Notebook.Parse(text, DocumentKernels.WellKnown());
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new NotebookFormatException(path, 0, 0, $"not a notebook: {(error is JsonException syntax ? JsonErrors.Describe(syntax) : error.Message)}", error);
        }

        var metadata = PolyglotMetadata(shape.RootElement, path);
        document.Metadata.Clear();
        foreach (var (key, value) in metadata)
            document.Metadata[key] = value;
        KeepMarkdownCells(document, shape.RootElement);
        AssignKernels(document, path);
        return document;
    }

    /// <summary>
    /// Writes the document as nbformat 4.5 JSON (one-space indented, ending with a newline), with the outputs and
    /// execution order its cells carry: a <see cref="ReturnValueElement"/> becomes <c>execute_result</c>, a
    /// <see cref="DisplayElement"/> <c>display_data</c>, a <see cref="TextElement"/> <c>stream</c> and an
    /// <see cref="ErrorElement"/> <c>error</c>. The document itself is not changed.
    /// </summary>
    /// <param name="document">What to write.</param>
    /// <param name="kernelspec">The kernel <c>metadata.kernelspec</c> names; .NET Interactive's C# kernel when null.</param>
    public static string Write(InteractiveDocument document, JupyterKernelSpec? kernelspec = null)
    {
        kernelspec ??= JupyterKernelSpec.DotNetInteractive;
        ArgumentNullException.ThrowIfNull(document);
        var kernels = DocumentKernels.Of(document);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = document.Elements.Select(e => new InteractiveDocumentElement(e.Contents, e.KernelName, e.Outputs)
        {
            Id = string.IsNullOrEmpty(e.Id) ? StableId(e, seen) : e.Id,
            ExecutionOrder = e.ExecutionOrder,
            Metadata = e.Metadata,
        }).ToList();

        // Upstream writes the document's metadata as the notebook's, and adds its own only to a document that has
        // none; so the copy is given the notebook metadata VS Code and Jupyter expect.
        var copy = new InteractiveDocument(cells);
        copy.Metadata["kernelspec"] = new Dictionary<string, object>
        {
            ["display_name"] = kernelspec.DisplayName,
            ["language"] = "C#",
            ["name"] = kernelspec.Name,
        };
        copy.Metadata["language_info"] = new Dictionary<string, object>
        {
            ["file_extension"] = ".cs",
            ["mimetype"] = "text/x-csharp",
            ["name"] = "C#",
            ["pygments_lexer"] = "csharp",
            ["version"] = "13.0",
        };
        var polyglot = new Dictionary<string, object>(document.Metadata);
        if (!polyglot.ContainsKey("kernelInfo"))
            polyglot["kernelInfo"] = UsedKernels(document, kernels);
        copy.Metadata[PolyglotNotebook] = polyglot;

        var written = WithJsonMimeValues(copy.ToJupyterJson());
        return written.EndsWith('\n') ? written : written + "\n";
    }

    private static readonly JsonSerializerOptions notebookJson = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// nbformat stores a JSON MIME type (<c>application/json</c>, <c>application/…+json</c> such as Plotly's figure)
    /// as a JSON value, which is what front ends' renderers read; upstream's writer takes only strings and writes them
    /// as text lines. Such values are turned back into JSON here; one that does not parse stays text.
    /// </summary>
    private static string WithJsonMimeValues(string written)
    {
        if (!written.Contains("+json\"", StringComparison.Ordinal) && !written.Contains("\"application/json\"", StringComparison.Ordinal))
            return written;
        var root = JsonNode.Parse(written)!;
        var changed = false;
        foreach (var cell in root["cells"]?.AsArray() ?? [])
        {
            foreach (var output in cell?["outputs"]?.AsArray() ?? [])
            {
                if (output?["data"] is not JsonObject data) continue;
                foreach (var key in data.Select(p => p.Key).Where(MimeTypes.IsJson).ToList())
                {
                    if (data[key] is not JsonArray lines) continue;
                    try
                    {
                        data[key] = JsonNode.Parse(string.Concat(lines.Select(l => (string?)l)));
                        changed = true;
                    }
                    catch (JsonException)
                    {
                    }
                }
            }
        }
        return changed ? root.ToJsonString(notebookJson) : written;
    }


    // Upstream reads a malformed notebook as an empty one (nbformat 3, no cells) or fails without a position, so
    // the shape is checked first, with the line and column of a syntax error.
    private static JsonDocument CheckShape(string text, string? path)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            var (line, column) = JsonErrors.Locate(error, JsonErrors.Lines(text), 0) ?? (0, 0);
            throw new NotebookFormatException(path, line, column, $"invalid JSON: {JsonErrors.Describe(error)}", error);
        }

        var root = parsed.RootElement;
        var problem = root.ValueKind != JsonValueKind.Object ? "an .ipynb must be a JSON object."
            : root.TryGetProperty("nbformat", out var format) && !(format.ValueKind == JsonValueKind.Number && format.TryGetInt32(out var major) && major == 4)
                ? $"nbformat {format.GetRawText()} is not supported; expected 4."
            : !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array ? "an .ipynb must have a 'cells' array."
            : null;
        if (problem is null)
            return parsed;
        parsed.Dispose();
        throw new NotebookFormatException(path, 0, 0, problem);
    }

    // Upstream reads polyglot_notebook as plain dictionaries. It is the object a .dib's #!meta holds, so it is read
    // as one: that gives the document its declared kernels as upstream's .dib writer and parser use them.
    private static IDictionary<string, object> PolyglotMetadata(JsonElement root, string? path)
    {
        if (!root.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty(PolyglotNotebook, out var polyglot) || polyglot.ValueKind != JsonValueKind.Object)
            return new Dictionary<string, object>();
        try
        {
            return DibFormat.Parse($"#!meta\n{polyglot.GetRawText()}\n").Metadata;
        }
        catch (NotebookFormatException error)
        {
            throw new NotebookFormatException(path, 0, 0, $"metadata.{PolyglotNotebook}: {error.Problem}", error.InnerException);
        }
    }

    // Upstream takes a first line "#!csharp" as the kernel of any cell, a markdown cell's too, which would turn prose
    // into code that runs. A cell the file says is markdown stays markdown, whatever its first line.
    private static void KeepMarkdownCells(InteractiveDocument document, JsonElement root)
    {
        if (!root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array || cells.GetArrayLength() != document.Elements.Count)
            return;
        var i = 0;
        foreach (var cell in cells.EnumerateArray())
        {
            if (cell.ValueKind == JsonValueKind.Object && cell.TryGetProperty("cell_type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "markdown")
                document.Elements[i].KernelName = "markdown";
            i++;
        }
    }

    private static void AssignKernels(InteractiveDocument document, string? path)
    {
        var kernels = DocumentKernels.Of(document);
        var fallback = document.GetDefaultKernelName() is { Length: > 0 } declared && DocumentKernels.Find(kernels, declared) is { } known
            ? known.Name
            : DocumentKernels.Default;
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            if (element.IsMarkdown())
                continue;
            if (string.IsNullOrEmpty(element.KernelName))
            {
                element.KernelName = fallback;
            }
            else if (DocumentKernels.Find(kernels, element.KernelName) is { } kernel)
            {
                element.KernelName = kernel.Name;
            }
            else
            {
                KernelInfo undeclared;
                try
                {
                    undeclared = new KernelInfo(element.KernelName, null, []);
                }
                catch (ArgumentException error)
                {
                    throw new NotebookFormatException(path, 0, 0, $"cells[{i}]: {error.Message}", error);
                }
                kernels.Add(undeclared);
                Declared(document).Add(undeclared);
            }
        }
    }

    private static KernelInfoCollection Declared(InteractiveDocument document)
    {
        if (document.Metadata.TryGetValue("kernelInfo", out var value) && value is KernelInfoCollection declared)
            return declared;
        var created = new KernelInfoCollection { DefaultKernelName = DocumentKernels.Default };
        document.Metadata["kernelInfo"] = created;
        return created;
    }

    private static KernelInfoCollection UsedKernels(InteractiveDocument document, KernelInfoCollection kernels)
    {
        var used = new KernelInfoCollection { DefaultKernelName = DocumentKernels.Default };
        var names = document.Elements.Where(e => !e.IsMarkdown()).Select(e => e.Kernel()).Prepend(DocumentKernels.Default);
        foreach (var kernel in names.Select(name => DocumentKernels.Find(kernels, name) ?? new KernelInfo(name, null, [])).DistinctBy(k => k.Name))
            used.Add(kernel);
        return used;
    }

    private static string StableId(InteractiveDocumentElement element, Dictionary<string, int> seen)
    {
        var hash = Sha256.OfText(element.KernelName + "\n" + element.Contents)[..12];
        var occurrence = seen[hash] = seen.GetValueOrDefault(hash) + 1;
        return occurrence == 1 ? hash : $"{hash}-{occurrence}";
    }
}
