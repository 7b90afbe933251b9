namespace MinerCapex.Notebook;

/// <summary>
/// Writes a <see cref="TableSource"/> as aligned plain text (the text/plain form of a table), with the same size line
/// and "more rows" note as the HTML form.
/// </summary>
internal static class TextTable
{
    public static void Write(TextWriter writer, TableSource table, int maxRows)
    {
        var shown = (int)Math.Min(table.RowCount, maxRows);
        var hasRowHeader = table.RowHeader is not null;
        var header = new List<string>();
        if (hasRowHeader)
            header.Add(table.RowHeaderName ?? "");
        header.AddRange(table.Columns.Select(c => c.Name));

        var rows = new List<CellText[]>(shown);
        for (long row = 0; row < shown; row++)
        {
            var cells = new List<CellText>(header.Count);
            if (hasRowHeader)
                cells.Add(CellText.From(table.RowHeader!(row)));
            for (var column = 0; column < table.Columns.Count; column++)
                cells.Add(CellText.From(table.Cell(row, column)));
            rows.Add([.. cells]);
        }

        var widths = header.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                widths[i] = Math.Max(widths[i], row[i].Text.Length);
        }

        writer.WriteLine(HtmlTable.SizeText(table.RowCount, table.Columns.Count));
        var numeric = new bool[header.Count];
        for (var column = 0; column < table.Columns.Count; column++)
            numeric[column + (hasRowHeader ? 1 : 0)] = IsNumeric(table.Columns[column].Type);
        writer.WriteLine(string.Join("  ", header.Select((h, i) => numeric[i] ? h.PadLeft(widths[i]) : h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            var cells = row.Select((c, i) => c.Kind == CellKind.Number ? c.Text.PadLeft(widths[i]) : c.Text.PadRight(widths[i]));
            writer.WriteLine(string.Join("  ", cells).TrimEnd());
        }
        if (shown < table.RowCount)
            writer.WriteLine(HtmlTable.MoreRowsText(table.RowCount - shown));
    }

    private static bool IsNumeric(Type? type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;
}
