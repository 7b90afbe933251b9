using System.Globalization;
using System.Text;

namespace MinerCapex.Notebook;

/// <summary>
/// A <see cref="TableSource"/> as CSV (RFC 4180, <c>\n</c> line ends): the header row, then every row of the
/// table, not only those a formatter shows, each value exact: floating-point numbers round-trip (<c>"R"</c>,
/// invariant culture), missing values (null, NaN) are empty, everything else is written as the table writes it.
/// A report offers it as the table's "Download CSV".
/// </summary>
internal static class TableCsv
{
    /// <summary>The whole table as CSV, the row header (when the table has one) first.</summary>
    public static string Of(TableSource table)
    {
        var csv = new StringBuilder();
        var hasRowHeader = table.RowHeader is not null;
        var headers = table.Columns.Select(c => c.Name);
        AppendRow(csv, hasRowHeader ? headers.Prepend(table.RowHeaderName ?? "") : headers);
        for (long row = 0; row < table.RowCount; row++)
        {
            var cells = Enumerable.Range(0, table.Columns.Count).Select(column => Exact(table.Cell(row, column)));
            AppendRow(csv, hasRowHeader ? cells.Prepend(Exact(table.RowHeader!(row))) : cells);
        }
        return csv.ToString();
    }

    /// <summary>A value as a CSV field holds it: exact numbers, empty when missing.</summary>
    public static string Exact(object? value) => value switch
    {
        null => "",
        Cited c => Exact(c.Value),
        double d => double.IsNaN(d) ? "" : d.ToString("R", CultureInfo.InvariantCulture),
        float f => float.IsNaN(f) ? "" : ((double)f).ToString("R", CultureInfo.InvariantCulture),
        _ => CellText.From(value).Text,
    };

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                csv.Append(',');
            first = false;
            if (field.AsSpan().IndexOfAny("\",\n\r") >= 0)
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                csv.Append(field);
        }
        csv.Append('\n');
    }
}
