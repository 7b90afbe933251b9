namespace MinerCapex.Data;

/// <summary>A bar that only repeats the previous close with no trade: not a real session (see <see cref="PlaceholderBars"/>).</summary>
/// <param name="Symbol">Whose bar it is.</param>
/// <param name="Date">Its date.</param>
/// <param name="Index">Its position in <see cref="PriceHistory.Bars"/>.</param>
/// <param name="PreviousClose">The close it repeats.</param>
public sealed record PlaceholderBar(string Symbol, DateOnly Date, int Index, double PreviousClose)
{
    /// <summary>Line of the bar in its file (the header is line 1).</summary>
    public int Line => Index + 2;
}
