using Microsoft.Data.Analysis;
using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/capex.csv</c>, the capex and financing figures:
/// <c>entity,kind,amount_usd_bn,gw,date,period,source_url,note,verified</c>, and optionally <c>order_book_usd_bn</c>.
/// </summary>
/// <remarks>
/// Columns are found by header name in any order. <c>kind</c> takes the tokens of <see cref="CapexKind"/>;
/// an empty amount, capacity or order book is null (a deal with no disclosed value may have neither amount nor gw);
/// <c>date</c> is <c>yyyy-MM-dd</c>; <c>verified</c> is <c>true</c> or <c>false</c>.
/// </remarks>
public static class CapexFile
{
    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["entity", "kind", "amount_usd_bn", "gw", "date", "period", "source_url", "note", "verified"];

    /// <summary>Columns read when present: <c>order_book_usd_bn</c>, the peak orders of a bond sale.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["order_book_usd_bn"];

    /// <summary>Reads the figures in file order.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static IReadOnlyList<CapexFigure> Read(string path)
    {
        using var sheet = CsvSheet.Open(path, Columns, OptionalColumns);
        var figures = new List<CapexFigure>();
        while (sheet.Next())
        {
            figures.Add(new CapexFigure(
                sheet.Text(0), sheet.Token<CapexKind>(1), sheet.NumberOrNull(2), sheet.NumberOrNull(3), sheet.Date(4),
                sheet.TextOrEmpty(5), sheet.TextOrEmpty(6), sheet.TextOrEmpty(7), sheet.Boolean(8), sheet.NumberOrNull(9)));
        }
        if (figures.Count == 0) throw new DataFormatException(path, 2, 0, null, "at least one figure after the header line");
        return figures;
    }

    /// <summary>Reads the file into a <see cref="DataFrame"/>; see <see cref="CatalogFrames.ToDataFrame(IReadOnlyList{CapexFigure})"/>.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static DataFrame ReadDataFrame(string path) => Read(path).ToDataFrame();
}
