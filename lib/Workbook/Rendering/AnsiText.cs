using System.Text;
using System.Text.RegularExpressions;

namespace Workbook.Rendering;

/// <summary>
/// Console text as a page shows it: ANSI escape sequences (colours, cursor moves, hyperlinks) removed, and a
/// carriage return inside a line treated as a terminal does, by keeping what was written after it (progress bars).
/// </summary>
internal static partial class AnsiText
{
    // CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), and the two-byte escapes (ESC followed by @ to _).
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[@-Z\\-_]")]
    private static partial Regex EscapeSequence();

    /// <summary>The text without escape sequences and other control characters (tab and newline kept).</summary>
    public static string Strip(string text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var withoutEscapes = EscapeSequence().Replace(text, "").Replace("\r\n", "\n");
        var result = new StringBuilder(withoutEscapes.Length);
        foreach (var line in withoutEscapes.Split('\n'))
        {
            var visible = line.TrimEnd('\r');
            var lastReturn = visible.LastIndexOf('\r');
            if (lastReturn >= 0)
                visible = visible[(lastReturn + 1)..];
            foreach (var c in visible)
            {
                if (c == '\t' || !char.IsControl(c))
                    result.Append(c);
            }
            result.Append('\n');
        }
        result.Length--; // the newline appended after the last line
        return result.ToString();
    }
}
