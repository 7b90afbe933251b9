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
    public static string Write(InteractiveDocument document, string newline = "\n")
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToCodeSubmissionContent(newline);
    }

    private static int MetaLine(string[] lines) => Math.Max(0, Array.FindIndex(lines, l => l.StartsWith(MetaPrefix, StringComparison.Ordinal)));
}
