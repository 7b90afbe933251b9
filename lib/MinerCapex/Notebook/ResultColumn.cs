namespace MinerCapex.Notebook;

/// <summary>One column of a <see cref="ResultTable"/>: a human header, what it measures, and how to read it from a row.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Header">The header a reader sees, e.g. "ρ 2024" or "Mean CAR".</param>
/// <param name="Value">The exact value of the cell; <see cref="Numbers"/> writes it as <paramref name="Quantity"/> asks.</param>
/// <param name="Quantity">What the column measures, which fixes its format.</param>
/// <param name="Note">A tooltip on the header that says exactly what the column holds, or null.</param>
public sealed record ResultColumn<T>(string Header, Func<T, object?> Value, Quantity Quantity = Quantity.Text, string? Note = null);
