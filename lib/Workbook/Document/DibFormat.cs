using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbook.Document;

/// <summary>
/// The .dib text format, read and written the way the upstream parser does
/// (<c>Microsoft.DotNet.Interactive.Documents.CodeSubmission</c>), quirks included, so a file means the same
/// here as in VS Code.
/// </summary>
/// <remarks>
/// <para>Reading:</para>
/// <list type="bullet">
/// <item>Lines are split on <c>\r\n</c> or <c>\n</c>; one leading BOM is dropped.</item>
/// <item>A line <c>#!x</c> starts a cell only when <c>x</c>, untrimmed and case-sensitive, is a known kernel name or
/// alias (<see cref="KernelInfoCollection.WellKnown"/> plus those <c>#!meta</c> declares). Any other <c>#!</c> line is
/// cell content (a magic command). The separator line itself is not kept.</item>
/// <item>The first line starting with <c>#!meta</c> opens the metadata: every following line up to the next line
/// starting with <c>#!</c> (or the end) is one JSON object. The line that ends the block is then read as usual, so
/// a separator there starts a cell. When the block runs to the end of a file with no final newline, the last
/// line is both JSON and cell content, so the JSON also appears as a cell: upstream does this, and so do we.</item>
/// <item>The metadata's <c>defaultKernelName</c> does not change the kernel of the first cell; text before any
/// separator is <c>csharp</c>.</item>
/// <item>A cell loses its empty leading and trailing lines (whitespace-only lines are kept); a cell left empty is
/// dropped. When no cell is left at all, the notebook gets one empty cell of the kernel in effect at the end of
/// the file, because upstream guarantees an editor one cell to show. <see cref="Write"/> skips empty cells, so
/// such a notebook writes back as an empty file (or the metadata alone).</item>
/// </list>
/// </remarks>
public static class DibFormat
{
    private const string Prefix = "#!";
    private const string MetaPrefix = "#!meta";
    private const string InitialKernel = "csharp";

    /// <summary>Reads .dib text into a notebook.</summary>
    /// <param name="content">The file's text.</param>
    /// <param name="path">The file's path, used only in error messages.</param>
    /// <exception cref="NotebookFormatException">The <c>#!meta</c> block is not a JSON object or declares invalid kernels.</exception>
    public static Notebook Parse(string content, string? path = null)
    {
        var lines = NotebookText.SplitLines(NotebookText.WithoutBom(content));
        var kernels = KernelInfoCollection.WellKnown;
        JsonObject? metadata = null;
        var metaFound = false;
        var cells = new List<Cell>();
        var kernel = InitialKernel;
        var pending = new List<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!metaFound && line.StartsWith(MetaPrefix, StringComparison.Ordinal))
            {
                metaFound = true;
                var metaLine = i;
                var json = new List<string>();
                // Mirrors upstream's loop exactly: the line that stops the block (or the last line of the
                // file) stays in `line` and is processed below like any other line.
                while (i < lines.Length - 1 && !(line = lines[++i]).StartsWith(Prefix, StringComparison.Ordinal))
                    json.Add(line);
                metadata = ParseMetadata(json, metaLine, path);
                kernels = DeclaredKernels(metadata, metaLine, path);
            }

            if (line.StartsWith(Prefix, StringComparison.Ordinal) && kernels.TryResolve(line[Prefix.Length..], out var next))
            {
                Flush();
                kernel = next.Name;
            }
            else
            {
                pending.Add(line);
            }
        }
        Flush();

        if (cells.Count == 0)
            cells.Add(new Cell(kernel, ""));
        return new Notebook(cells, metadata);

        void Flush()
        {
            var kept = NotebookText.TrimEmptyLines([.. pending]);
            if (kept.Count > 0)
                cells.Add(new Cell(kernel, string.Join('\n', kept)));
            pending.Clear();
        }
    }

    /// <summary>
    /// Writes the canonical .dib text: <c>#!meta</c>, a blank line, the metadata as one JSON line and a blank
    /// line (when there is metadata); then per non-empty cell <c>#!kernel</c>, a blank line, its contents and a
    /// blank line. The text ends with a newline unless it is empty.
    /// </summary>
    /// <param name="notebook">The notebook to write.</param>
    /// <param name="newline">The line break to use, <c>\n</c> or <c>\r\n</c>.</param>
    /// <exception cref="ArgumentException">A cell's kernel is neither well known nor declared in the metadata, so the
    /// file could not be read back with the same cells.</exception>
    public static string Write(Notebook notebook, string newline = "\n")
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var kernels = KernelInfoCollection.For(notebook.Metadata);
        var lines = new List<string>();
        if (notebook.Metadata is { Count: > 0 } metadata)
            lines.AddRange([MetaPrefix, "", metadata.ToJsonString(NotebookText.CompactJson), ""]);

        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            var contents = NotebookText.TrimEmptyLines(NotebookText.SplitLines(cell.Contents));
            if (contents.Count == 0)
                continue;
            if (!kernels.TryResolve(cell.Kernel, out var kernel))
            {
                throw new ArgumentException(
                    $"Cell {index + 1} has kernel '{cell.Kernel}', which is neither a well-known kernel nor declared in the metadata's kernelInfo.items; the .dib could not be read back.",
                    nameof(notebook));
            }
            lines.AddRange([Prefix + kernel.Name, ""]);
            lines.AddRange(contents);
            lines.Add("");
        }
        return string.Join(newline, lines);
    }

    private static JsonObject? ParseMetadata(List<string> json, int metaLine, string? path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(string.Join('\n', json), documentOptions: NotebookText.StrictDocument);
        }
        catch (JsonException error) when (json.All(string.IsNullOrWhiteSpace))
        {
            throw new NotebookFormatException(path, metaLine + 1, 0, "#!meta must be followed by a JSON object before the next #! line; found nothing.", error);
        }
        catch (JsonException error) when (error.LineNumber is null)
        {
            throw new NotebookFormatException(path, metaLine + 1, 0, $"invalid JSON in the #!meta block: {NotebookText.Describe(error)}", error);
        }
        catch (JsonException error)
        {
            var (index, column) = NotebookText.Locate(error, json);
            throw new NotebookFormatException(path, metaLine + 2 + index, column, $"invalid JSON in the #!meta block: {NotebookText.Describe(error)}", error);
        }

        // Upstream deserializes into a dictionary, so `null` means "no metadata"; anything else must be an object.
        return node switch
        {
            null => null,
            JsonObject metadata => metadata,
            _ => throw new NotebookFormatException(path, metaLine + 2, 0, $"the #!meta block must be a JSON object; found {node.GetValueKind().ToString().ToLowerInvariant()}."),
        };
    }

    private static KernelInfoCollection DeclaredKernels(JsonObject? metadata, int metaLine, string? path)
    {
        try
        {
            return KernelInfoCollection.For(metadata);
        }
        catch (NotebookFormatException error)
        {
            throw error.At(path, metaLine + 1);
        }
    }
}
