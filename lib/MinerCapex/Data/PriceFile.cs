using Microsoft.Data.Analysis;
using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads one daily price file in Yahoo's CSV layout, <c>Date,Open,High,Low,Close,Adj Close,Volume</c>.
/// </summary>
/// <remarks>
/// Columns are found by header name, in any order (extra columns are ignored). A value may be <c>null</c>
/// or empty, meaning unknown; a UTF-8 byte-order mark is accepted. The symbol is the file name without
/// <c>.csv</c>. Anything else that does not fit (a bad number or date, a short line, a missing column,
/// dates out of order under <see cref="DateOrder.StrictlyIncreasing"/>) throws a <see cref="DataFormatException"/>
/// naming the file, line, column and value.
/// </remarks>
public static class PriceFile
{
    /// <summary>The header names of a price file, in Yahoo's order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"];

    /// <summary>Reads the bars of <paramref name="path"/> in file order.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static PriceHistory Read(string path, DateOrder order = DateOrder.StrictlyIncreasing) =>
        Parse(path, order, problems: null)!;

    /// <summary>
    /// Reads <paramref name="path"/> into a <see cref="DataFrame"/> with the file's columns: <c>Date</c> as
    /// <see cref="DateTime"/> and the six values as doubles, unknown values as nulls.
    /// </summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static DataFrame ReadDataFrame(string path, DateOrder order = DateOrder.StrictlyIncreasing) =>
        Read(path, order).ToDataFrame();

    /// <summary>The symbol a price file holds: its name without the extension (<c>data/prices/BTC-USD.csv</c> → <c>BTC-USD</c>).</summary>
    public static string SymbolOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>
    /// Every malformed line of <paramref name="path"/>, one problem per line (the first bad field), where
    /// <see cref="Read"/> stops at the first; empty when the file reads.
    /// </summary>
    /// <exception cref="DataFormatException">The header itself is malformed, so no line can be checked.</exception>
    public static IReadOnlyList<DataFormatException> Problems(string path, DateOrder order = DateOrder.StrictlyIncreasing)
    {
        var problems = new List<DataFormatException>();
        Parse(path, order, problems);
        return problems;
    }

    /// <summary>
    /// The parser behind both, straight into the history's columns without a <see cref="PriceBar"/> per line: it throws at the first bad line, or, given <paramref name="problems"/>, records each
    /// bad line there, skips it and goes on (and returns null when any was found).
    /// </summary>
    private static PriceHistory? Parse(string path, DateOrder order, List<DataFormatException>? problems)
    {
        using var sheet = CsvSheet.Open(path, Columns);
        using var columns = new ScratchColumns(capacity: (int)Math.Min(1 << 16, new FileInfo(path).Length / 40 + 16));
        var n = 0;
        var previousLine = 0;
        while (true)
        {
            try
            {
                if (!sheet.Next()) break;
            }
            catch (DataFormatException badLine) when (problems is not null)
            {
                problems.Add(badLine);
                if (!sheet.RecordReady) continue;
            }
            columns.EnsureRoom(n);
            var problem = ParseRecord(sheet, columns, n, order, previousLine);
            if (problem is not null)
            {
                if (problems is null) throw problem;
                problems.Add(problem);
                continue;
            }
            previousLine = sheet.Line;
            n++;
        }

        if (problems is { Count: > 0 }) return null;
        if (n == 0) throw new DataFormatException(path, 2, 0, null, "at least one bar after the header line");
        var v = columns.Values;
        return new PriceHistory(SymbolOf(path), path, columns.Dates[..n],
            v[0][..n], v[1][..n], v[2][..n], v[3][..n], v[4][..n], v[5][..n]);
    }

    /// <summary>Parses the current record into row <paramref name="n"/>; the problem with it, or null.</summary>
    private static DataFormatException? ParseRecord(CsvSheet sheet, ScratchColumns columns, int n, DateOrder order, int previousLine)
    {
        if (!FieldText.TryParseDate(sheet.Span(0), out var date)) return sheet.Error(0, "a date as yyyy-MM-dd");
        if (order == DateOrder.StrictlyIncreasing && n > 0 && date <= columns.Dates[n - 1])
        {
            var what = date == columns.Dates[n - 1] ? "duplicates" : "is before";
            return sheet.Error(0, $"a date after {columns.Dates[n - 1]:yyyy-MM-dd} (line {previousLine}); dates must strictly increase and this one {what} it");
        }
        columns.Dates[n] = date;

        for (var f = 0; f < ScratchColumns.Fields; f++)
        {
            var text = sheet.Span(f + 1);
            if (FieldText.IsMissing(text)) columns.Values[f][n] = double.NaN;
            else if (FieldText.TryParseNumber(text, out var x)) columns.Values[f][n] = x;
            else return sheet.Error(f + 1, $"a number or null for {Columns[f + 1]}");
        }
        return null;
    }
}
