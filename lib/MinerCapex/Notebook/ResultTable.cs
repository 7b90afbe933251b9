using System.Globalization;

namespace MinerCapex.Notebook;

/// <summary>
/// A table of results as a reader sees it: human headers, every number written once by <see cref="Numbers"/> for
/// its column's <see cref="Quantity"/>, every row shown. The exact values stay with the table (<see cref="Value"/>)
/// and ride along in each cell's <c>data-value</c> attribute.
/// </summary>
public sealed class ResultTable
{
    private readonly object?[][] _cells;

    private ResultTable(IReadOnlyList<(string Header, Quantity Quantity, string? Note)> columns, object?[][] cells)
    {
        Headers = columns.Select(c => c.Header).ToList();
        Quantities = columns.Select(c => c.Quantity).ToList();
        Notes = columns.Select(c => c.Note).ToList();
        _cells = cells;
    }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>What each column measures.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>Each column's header tooltip, or null.</summary>
    public IReadOnlyList<string?> Notes { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => _cells.Length;

    /// <summary>One row per item, one column per <paramref name="columns"/> entry, values read once.</summary>
    public static ResultTable Of<T>(IEnumerable<T> items, params ResultColumn<T>[] columns)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(columns);
        var cells = items.Select(item => columns.Select(c => c.Value(item)).ToArray()).ToArray();
        return new ResultTable(columns.Select(c => (c.Header, c.Quantity, c.Note)).ToList(), cells);
    }

    /// <summary>The exact value in a cell.</summary>
    public object? Value(int row, int column) => _cells[row][column];

    /// <summary>The cell as the table writes it.</summary>
    public string Text(int row, int column) => CellText(_cells[row][column], Quantities[column]);

    /// <summary>
    /// A plain <c>&lt;table&gt;</c> with a <c>&lt;thead&gt;</c>: numbers right-aligned in tabular figures, dates kept on
    /// one line, events shown by headline with the id as tooltip, each cell's exact value in <c>data-value</c> (empty
    /// when missing), and on each number column's header the most decimals its quantity writes (<c>data-decimals</c>).
    /// No wrapper and no caption, so that a report can number, caption and scroll it.
    /// </summary>
    public Markup ToHtml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("<table class=\"mcx-result\"><thead><tr>");
        for (var c = 0; c < Headers.Count; c++)
        {
            var decimals = Numbers.Decimals(Quantities[c]) is { } d ? Markup.Of($" data-decimals=\"{d}\"") : Markup.Empty;
            writer.Write(Notes[c] is { } note ? Markup.Of($"<th title=\"{note}\"{decimals}{AlignOf(Quantities[c])}>") : Markup.Of($"<th{decimals}{AlignOf(Quantities[c])}>"));
            writer.Write(Markup.Text(Headers[c]));
            writer.Write("</th>");
        }
        writer.Write("</tr></thead><tbody>");
        for (var r = 0; r < _cells.Length; r++)
        {
            writer.Write("<tr>");
            for (var c = 0; c < Headers.Count; c++)
                writer.Write(Cell(_cells[r][c], Quantities[c]));
            writer.Write("</tr>");
        }
        writer.Write("</tbody></table>");
        return new Markup(writer.ToString());
    }

    /// <summary>The table as aligned plain text, numbers right-aligned.</summary>
    public string ToText()
    {
        var rows = Enumerable.Range(0, _cells.Length).Select(r => Enumerable.Range(0, Headers.Count).Select(c => Text(r, c)).ToArray()).ToList();
        var widths = Headers.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((t, c) => IsNumber(Quantities[c]) ? t.PadLeft(widths[c]) : t.PadRight(widths[c]))).TrimEnd();
        return string.Join("\n", rows.Select(Line).Prepend(Line(Headers))) + "\n";
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();

    private static Markup Cell(object? value, Quantity quantity)
    {
        var exact = ExactText(value);
        var text = CellText(value, quantity);
        var data = exact is null ? Markup.Empty : Markup.Of($" data-value=\"{exact}\"");
        return value switch
        {
            // An empty data-value: a missing value is an empty CSV field, not the dash the reader sees.
            null => Markup.Of($"<td data-value=\"\" style=\"opacity:.6\">{text}</td>"),
            Markup m => Markup.Of($"<td>{m}</td>"),
            // An event cites the page it was read from, as does any value the table was given as Cited.
            Data.MarketEvent e => Markup.Of($"<td{data}>{Markup.Event(e)}</td>"),
            Cited { Value: null } c => Markup.Of($"<td data-value=\"\" style=\"opacity:.6\">{Cited.Link(Markup.Text(text), c.Url, c.Title)}</td>"),
            Cited c => Markup.Of($"<td{data}{Style(c.Value, quantity)}>{Cited.Link(Markup.Text(text), c.Url, c.Title)}</td>"),
            _ => Markup.Of($"<td{data}{Style(value, quantity)}>{text}</td>"),
        };
    }

    // Dates never wrap; numbers align right.
    private static Markup Style(object? value, Quantity quantity) =>
        quantity == Quantity.Date || value is DateOnly ? new(" style=\"white-space:nowrap\"") : AlignOf(quantity);

    private static string CellText(object? value, Quantity quantity) => value switch
    {
        Cited c => CellText(c.Value, quantity),
        Data.MarketEvent e => e.Headline,
        Markup m => m.ToPlainText(),
        _ => Numbers.Format(value, quantity),
    };

    // The value a reader's script or a CSV export needs: full precision for numbers, ids for events.
    private static string? ExactText(object? value) => value switch
    {
        null => null,
        double d => double.IsNaN(d) ? "" : d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => Numbers.Date(date),
        Data.MarketEvent e => e.Id,
        Cited c => ExactText(c.Value),
        Markup => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Markup AlignOf(Quantity quantity) =>
        IsNumber(quantity) ? new(" style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\"") : Markup.Empty;

    private static bool IsNumber(Quantity quantity) => quantity is not (Quantity.Text or Quantity.Date or Quantity.Event);
}
