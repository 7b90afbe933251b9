using System.Globalization;

namespace MinerCapex.Notebook;

/// <summary>
/// Writes a <see cref="TableSource"/> as a plain HTML table: a caption with its size, at most a given number of
/// rows, then a note of how many rows were left out. No script and no stylesheet: the few styles it needs are
/// inline, so that it reads the same in any notebook front end and in a report. The whole table, every row with
/// exact values, rides along as CSV in the table's <c>data-csv</c> attribute (<see cref="TableCsv"/>), which a
/// report offers as "Download CSV".
/// </summary>
internal static class HtmlTable
{
    /// <summary>The class on the wrapping <c>div</c>; reports style tables through it.</summary>
    public const string CssClass = "mcx-table";

    private const string NumberStyle = " style=\"text-align:right;font-variant-numeric:tabular-nums\"";
    private const string MutedStyle = " style=\"opacity:.6\"";

    public static void Write(TextWriter writer, TableSource table, int maxRows)
    {
        var shown = (int)Math.Min(table.RowCount, maxRows);
        var hasRowHeader = table.RowHeader is not null;
        writer.Write($"<div class=\"{CssClass}\" style=\"overflow-x:auto;max-width:100%\"><table data-csv=\"");
        HtmlText.Write(writer, TableCsv.Of(table));
        writer.Write("\">");
        writer.Write("<caption style=\"caption-side:top;text-align:left;white-space:nowrap\">");
        writer.Write(SizeText(table.RowCount, table.Columns.Count));
        if (shown < table.RowCount)
            writer.Write($" · first {shown.ToString("N0", CultureInfo.InvariantCulture)} shown");
        writer.Write("</caption><thead><tr>");
        if (hasRowHeader)
        {
            writer.Write("<th>");
            HtmlText.Write(writer, table.RowHeaderName);
            writer.Write("</th>");
        }
        foreach (var column in table.Columns)
        {
            writer.Write("<th");
            if (column.Type is not null)
            {
                writer.Write(" title=\"");
                HtmlText.Write(writer, column.Type.Name);
                writer.Write('"');
            }
            writer.Write('>');
            HtmlText.Write(writer, column.Name);
            writer.Write("</th>");
        }
        writer.Write("</tr></thead><tbody>");
        for (long row = 0; row < shown; row++)
        {
            writer.Write("<tr>");
            if (hasRowHeader)
                WriteCell(writer, "th scope=\"row\"", "th", CellText.From(table.RowHeader!(row)));
            for (var column = 0; column < table.Columns.Count; column++)
                WriteCell(writer, "td", "td", CellText.From(table.Cell(row, column)));
            writer.Write("</tr>");
        }
        writer.Write("</tbody>");
        if (shown < table.RowCount)
        {
            var span = table.Columns.Count + (hasRowHeader ? 1 : 0);
            writer.Write($"<tfoot><tr><td colspan=\"{Math.Max(1, span)}\"{MutedStyle}>");
            writer.Write(MoreRowsText(table.RowCount - shown));
            writer.Write("</td></tr></tfoot>");
        }
        writer.Write("</table></div>");
    }

    /// <summary>"N rows × M columns", singular where it applies.</summary>
    public static string SizeText(long rows, int columns) =>
        $"{Plural(rows, "row")} × {Plural(columns, "column")}";

    /// <summary>"… K more rows".</summary>
    public static string MoreRowsText(long hidden) => $"… {Plural(hidden, "more row")}";

    private static string Plural(long count, string noun) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    private static void WriteCell(TextWriter writer, string open, string close, CellText cell)
    {
        writer.Write('<');
        writer.Write(open);
        switch (cell.Kind)
        {
            case CellKind.Number:
                writer.Write(NumberStyle);
                writer.Write('>');
                HtmlText.Write(writer, cell.Text);
                break;
            case CellKind.Missing:
                writer.Write(MutedStyle);
                writer.Write('>');
                HtmlText.Write(writer, cell.Text);
                break;
            case CellKind.Link:
                writer.Write('>');
                // data-cite-url: a workbook report numbers the address and lists it under Sources.
                writer.Write(Cited.Link(Markup.Text(cell.Text), cell.Url ?? cell.Text, cell.Title).Html);
                break;
            default:
                writer.Write('>');
                HtmlText.Write(writer, cell.Text);
                break;
        }
        writer.Write("</");
        writer.Write(close);
        writer.Write('>');
    }
}
