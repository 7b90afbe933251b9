using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;

namespace Workbook.Document;

/// <summary>
/// The .dib text format, read and written by the upstream library (<see cref="CodeSubmission"/>), so a file means
/// the same here as in VS Code. This class only gives the parser the well-known kernels and turns its exceptions
/// into <see cref="NotebookFormatException"/>s that name the file, line and column.
/// </summary>
public static class DibFormat
{
    private const string MetaPrefix = "#!meta";

    /// <summary>Reads .dib text; one leading BOM is dropped, as reading the file would drop it.</summary>
    /// <param name="content">The file's text.</param>
    /// <param name="path">The file's path, used only in error messages.</param>
    /// <exception cref="NotebookFormatException">The <c>#!meta</c> block is not a JSON object or declares invalid kernels.</exception>
    public static InteractiveDocument Parse(string content, string? path = null)
    {
        var text = JsonErrors.WithoutBom(content);
        try
        {
            return CodeSubmission.Parse(text, DocumentKernels.WellKnown());
        }
        catch (JsonException error)
        {
            // The metadata is the only JSON in a .dib; upstream reads it from the line after the first #!meta.
            var lines = JsonErrors.Lines(text);
            var meta = MetaLine(lines);
            var (line, column) = JsonErrors.Locate(error, lines, meta + 1) ?? (meta + 1, 0);
            throw new NotebookFormatException(path, line, column, $"invalid JSON in the #!meta block: {JsonErrors.Describe(error)}", error);
        }
        catch (ArgumentException error)
        {
            // Upstream rejects a declared kernel (a blank name, one starting with '#', a spelling already taken) without saying where.
            throw new NotebookFormatException(path, MetaLine(JsonErrors.Lines(text)) + 1, 0, $"the #!meta block's kernelInfo: {error.Message}", error);
        }
        catch (NullReferenceException error)
        {
            // Upstream's kernelInfo reader dereferences a null item of kernelInfo.items.
            throw new NotebookFormatException(path, MetaLine(JsonErrors.Lines(text)) + 1, 0, "the #!meta block's kernelInfo: an item of kernelInfo.items is null.", error);
        }
    }

    /// <summary>
    /// Writes the canonical .dib text (upstream's <see cref="CodeSubmission.ToCodeSubmissionContent"/>): <c>#!meta</c>,
    /// a blank line, the metadata as one JSON line and a blank line when there is metadata; then per non-empty cell
    /// <c>#!kernel</c>, a blank line, its contents and a blank line.
    /// </summary>
    /// <param name="document">The document to write; outputs are not written, a .dib has none.</param>
    /// <param name="newline">The line break to use, <c>\n</c> or <c>\r\n</c>.</param>
    /// <exception cref="NotebookFormatException">
    /// A cell holds a line the .dib reader would take for the start of a new cell (<c>#!csharp</c> in a markdown cell):
    /// .dib has no escape for it, and upstream writes it as it is, so the file would read back as other cells and run
    /// the text as code. The message names the cell and the line; nothing is written. A code cell's first line may
    /// name its kernel (<c>#!pwsh</c>), as in .NET Interactive, where the .dib reads it the same way.
    /// </exception>
    public static string Write(InteractiveDocument document, string newline = "\n")
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var cell = document.Elements[i];
            var lines = cell.Contents.Split('\n');
            // A code cell's first line may select its kernel; anywhere else, and in markdown, a boundary changes the notebook.
            for (var j = cell.KernelName == "markdown" ? 0 : 1; j < lines.Length; j++)
            {
                var line = lines[j].TrimEnd('\r');
                if (line.StartsWith("#!", StringComparison.Ordinal) && StartsCell(line, document))
                {
                    throw new NotebookFormatException(null, 0, 0,
                        $"cell {i + 1}, line {j + 1}: '{line}' would start a new cell in a .dib file, which has no way to escape it, so the text after it would read back (and run) as another cell. Change that line (indent it, for one) or keep this notebook as .ipynb.");
                }
            }
        }
        var text = document.ToCodeSubmissionContent(newline);
        // The line checks above name the usual cases; reading the text back catches any other the reader's rules make.
        var written = document.Elements.Where(e => !string.IsNullOrWhiteSpace(e.Contents)).ToList();
        var back = Parse(text).Elements.Where(e => !string.IsNullOrWhiteSpace(e.Contents)).ToList();
        var differs = Enumerable.Range(0, Math.Max(written.Count, back.Count)).FirstOrDefault(
            k => k >= written.Count || k >= back.Count || IsMarkdown(written[k]) != IsMarkdown(back[k]), -1);
        if (differs >= 0)
        {
            var cell = differs < written.Count ? document.Elements.IndexOf(written[differs]) + 1 : document.Elements.Count;
            throw new NotebookFormatException(null, 0, 0,
                $"cell {cell}: its text would not read back from a .dib file as written ({written.Count} cells written, {back.Count} read back): a line starting with '#!' there is read as the start of a cell. Change that line or keep this notebook as .ipynb.");
        }
        return text;
    }

    private static bool IsMarkdown(InteractiveDocumentElement cell) => cell.KernelName is "markdown" or "md";

    // Whether the reader splits or alters a cell at this line: a probe cell holding it does not read back as itself.
    // Asking the reader, rather than matching kernel names here, follows upstream's rules whatever they are.
    private static bool StartsCell(string line, InteractiveDocument document)
    {
        var cell = new InteractiveDocumentElement("x\n" + line + "\ny", "markdown");
        var probe = new InteractiveDocument([cell]);
        foreach (var (key, value) in document.Metadata)
            probe.Metadata[key] = value;
        return Parse(probe.ToCodeSubmissionContent("\n")).Elements is not [var back] || back.Contents.ReplaceLineEndings("\n").Trim('\n') != cell.Contents;
    }

    private static int MetaLine(string[] lines) => Math.Max(0, Array.FindIndex(lines, l => l.StartsWith(MetaPrefix, StringComparison.Ordinal)));
}
