namespace Workbook.Execution.Editing;

/// <summary>
/// What may be typed at a cursor: the names in <see cref="Matches"/> replace the cell's text from
/// <see cref="Start"/> to <see cref="End"/> (offsets in the cell's text, in UTF-16 code units).
/// </summary>
public sealed record CodeCompletions(int Start, int End, IReadOnlyList<string> Matches);
