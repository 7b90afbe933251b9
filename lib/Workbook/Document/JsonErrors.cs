using System.Text;
using System.Text.Json;

namespace Workbook.Document;

/// <summary>
/// Turns the <see cref="JsonException"/>s that upstream's parsers let through into positions a user can find:
/// they give no file, count lines from 0 within the JSON they read, and count columns in UTF-8 bytes.
/// </summary>
internal static class JsonErrors
{
    private static readonly string[] LineBreaks = ["\r\n", "\n"];

    /// <summary>Splits on <c>\r\n</c> or <c>\n</c>, as both upstream parsers do.</summary>
    public static string[] Lines(string text) => text.Split(LineBreaks, StringSplitOptions.None);

    /// <summary>
    /// The 1-based file line and character column that <paramref name="error"/> points at, when the JSON began at
    /// 0-based line <paramref name="firstLine"/> of <paramref name="lines"/>; null when the error has no position.
    /// </summary>
    public static (int Line, int Column)? Locate(JsonException error, IReadOnlyList<string> lines, int firstLine)
    {
        if (error.LineNumber is not { } jsonLine)
            return null;
        var index = (int)Math.Clamp(firstLine + jsonLine, 0, Math.Max(lines.Count - 1, 0));
        var bytes = Encoding.UTF8.GetBytes(lines.Count == 0 ? "" : lines[index]);
        var prefix = (int)Math.Clamp(error.BytePositionInLine ?? 0, 0, bytes.Length);
        return (index + 1, Encoding.UTF8.GetCharCount(bytes, 0, prefix) + 1);
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

    /// <summary>Text without one leading byte order mark: upstream's stream readers drop it, its string parsers do not.</summary>
    public static string WithoutBom(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;
}
