namespace MinerCapex.Notebook;

/// <summary>One column of a formatted table: its header and, for the header's tooltip, its element type.</summary>
internal sealed record TableColumn(string Name, Type? Type = null);

/// <summary>
/// What the HTML and text table writers need from any tabular value (a DataFrame, a panel, a list of records):
/// the columns, the row count and a way to read one cell, plus an optional row header (an index or a date).
/// Cells are read lazily so that only the rows shown are ever touched.
/// </summary>
internal sealed record TableSource(
    IReadOnlyList<TableColumn> Columns,
    long RowCount,
    Func<long, int, object?> Cell,
    string? RowHeaderName = null,
    Func<long, object?>? RowHeader = null);
