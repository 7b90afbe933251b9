using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/reported-moves.csv</c>, the day-0 moves the press reported for the seed events:
/// <c>event_id,symbol,reported_move,source,source_url,note</c>, and optionally <c>reported_high</c>.
/// </summary>
/// <remarks>
/// Columns are found by header name in any order; an empty <c>reported_move</c> is null. A report that gave a range
/// ("in the high teens") writes its low end in <c>reported_move</c> and its high end in <c>reported_high</c>.
/// </remarks>
public static class ReportedMoveFile
{
    /// <summary>The file's name inside the data folder.</summary>
    public const string FileName = "reported-moves.csv";

    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["event_id", "symbol", "reported_move", "source", "source_url", "note"];

    /// <summary>Columns read when present: <c>reported_high</c>, the high end of a reported range.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["reported_high"];

    /// <summary>Reads the rows in file order.</summary>
    /// <exception cref="DataFormatException">The file is malformed or empty.</exception>
    public static IReadOnlyList<ReportedMove> Read(string path)
    {
        using var sheet = CsvSheet.Open(path, Columns, OptionalColumns);
        var rows = new List<ReportedMove>();
        while (sheet.Next())
            rows.Add(new ReportedMove(sheet.Text(0), sheet.Text(1), sheet.NumberOrNull(2), sheet.TextOrEmpty(3), sheet.TextOrEmpty(4), sheet.TextOrEmpty(5))
            {
                ReportedHigh = sheet.Has(6) ? sheet.NumberOrNull(6) : null,
            });
        if (rows.Count == 0) throw new DataFormatException(path, 2, 0, null, "at least one reported move after the header line");
        return rows;
    }
}
