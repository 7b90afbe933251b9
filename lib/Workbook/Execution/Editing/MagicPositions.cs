namespace Workbook.Execution.Editing;

/// <summary>
/// Maps an offset in a cell's text to the same place in its code for Roslyn, where each magic line is an empty
/// line; a cursor on a magic line has no place there.
/// </summary>
internal static class MagicPositions
{
    public static int? ToCode(string contents, string code, int offset)
    {
        offset = Math.Clamp(offset, 0, contents.Length);
        var line = contents.AsSpan(0, offset).Count('\n');
        var column = offset - (contents.LastIndexOf('\n', Math.Max(offset - 1, 0)) is var newline && newline >= 0 && newline < offset ? newline + 1 : 0);
        var codeLines = code.Split('\n');
        if (line >= codeLines.Length) return null;
        var rawLine = contents.Split('\n')[line];
        if (codeLines[line].Length == 0 && rawLine.Length > 0) return null;
        return codeLines.Take(line).Sum(l => l.Length + 1) + Math.Min(column, codeLines[line].Length);
    }
}
