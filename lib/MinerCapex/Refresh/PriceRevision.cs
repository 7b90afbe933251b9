namespace MinerCapex.Refresh;

/// <summary>A value the provider now gives differently from the file.</summary>
/// <param name="Date">The bar's date.</param>
/// <param name="Field">The column, as in the file header: <c>Open</c>, <c>High</c>, <c>Low</c>, <c>Close</c>, <c>Adj Close</c> or <c>Volume</c>.</param>
/// <param name="Old">The file's value; null when the file had it unknown.</param>
/// <param name="New">The provider's value.</param>
public sealed record PriceRevision(DateOnly Date, string Field, double? Old, double New)
{
    /// <summary>E.g. <c>2026-01-29 Close 17.700000762939453 -> 17.709999084472656</c>, values as the file writes them.</summary>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Field} {(Old is { } o ? Format(o) : "null")} -> {Format(New)}";

    private string Format(double value) =>
        Field == "Volume" ? YahooNumberFormat.FormatVolume(value) : YahooNumberFormat.FormatPrice(value);
}
