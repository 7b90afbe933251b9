namespace Workbook.Jupyter;

/// <summary>
/// Jupyter counts cursor positions in Unicode code points; .NET strings and Roslyn in UTF-16 code units. They
/// differ after any character outside the Basic Multilingual Plane (an emoji, say).
/// </summary>
internal static class CodePoints
{
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    public static int FromUtf16(string text, int index)
    {
        var count = 0;
        for (var i = 0; i < Math.Min(index, text.Length); i++)
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        return count;
    }
}
