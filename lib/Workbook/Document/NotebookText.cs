using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbook.Document;

/// <summary>Line handling and JSON settings that the .dib and .ipynb formats share.</summary>
internal static class NotebookText
{
    private static readonly string[] LineBreaks = ["\r\n", "\n"];

    /// <summary>
    /// Compact JSON as upstream writes a <c>#!meta</c> line: no HTML-safe escaping of <c>&lt;</c>, <c>&amp;</c> or
    /// non-ASCII text, which would make every saved file differ from what the editor wrote.
    /// </summary>
    public static readonly JsonSerializerOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Jupyter's layout: one-space indentation, <c>\n</c> line breaks, relaxed escaping.</summary>
    public static readonly JsonSerializerOptions IpynbJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
    };

    /// <summary>Parse options that reject duplicate keys, which a <c>JsonObject</c> would otherwise keep twice.</summary>
    public static readonly JsonDocumentOptions StrictDocument = new() { AllowDuplicateProperties = false };

    /// <summary>Removes one leading UTF-8 byte order mark, as a stream reader would.</summary>
    public static string WithoutBom(string content) => content.StartsWith('\uFEFF') ? content[1..] : content;

    /// <summary>Splits on <c>\r\n</c> or <c>\n</c>; a lone <c>\r</c> stays inside its line.</summary>
    public static string[] SplitLines(string text) => text.Split(LineBreaks, StringSplitOptions.None);

    /// <summary>The lines without empty lines at either end; whitespace-only lines count as content.</summary>
    public static IReadOnlyList<string> TrimEmptyLines(string[] lines)
    {
        var start = 0;
        var end = lines.Length;
        while (start < end && lines[start].Length == 0)
            start++;
        while (end > start && lines[end - 1].Length == 0)
            end--;
        return new ArraySegment<string>(lines, start, end - start);
    }

    /// <summary>Cell contents in canonical form: split, trimmed of empty edge lines, joined with <c>\n</c>.</summary>
    public static string NormalizeContents(string text) => string.Join('\n', TrimEmptyLines(SplitLines(text)));

    /// <summary>
    /// Where a <see cref="JsonException"/> points, as a 0-based line index into <paramref name="lines"/> (the
    /// text split on <c>\n</c>) and a 1-based character column. The reader counts UTF-8 bytes; columns are
    /// counted in characters so they match what an editor shows.
    /// </summary>
    public static (int LineIndex, int Column) Locate(JsonException error, IReadOnlyList<string> lines)
    {
        var index = (int)Math.Clamp(error.LineNumber ?? 0, 0, Math.Max(lines.Count - 1, 0));
        var line = lines.Count == 0 ? "" : lines[index];
        var bytes = Encoding.UTF8.GetBytes(line);
        var prefix = (int)Math.Clamp(error.BytePositionInLine ?? 0, 0, bytes.Length);
        return (index, Encoding.UTF8.GetCharCount(bytes, 0, prefix) + 1);
    }

    /// <summary>The reader's message without the position it appends (the caller reports its own).</summary>
    public static string Describe(JsonException error)
    {
        var message = error.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
                message = message[..at];
        }
        return message.TrimEnd();
    }
}
