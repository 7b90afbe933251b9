namespace MinerCapex.Data;

/// <summary>
/// Placeholder bars: Open = High = Low = Close = the previous bar's Close, with a Volume of exactly 0.
/// Data vendors write such a bar when a session had no print for the symbol (CLSK on 2024-11-08); its
/// zero return is an artefact, so the panel treats it as missing unless asked to keep it.
/// </summary>
/// <remarks>
/// Equality is exact: a placeholder copies the previous close bit for bit, while a real quiet session
/// differs somewhere or has volume. The first bar has no previous close and is never a placeholder,
/// nor is a bar with any of the five fields unknown. A <see cref="PriceHistory"/> finds its placeholders once,
/// when it is made (<see cref="PriceHistory.Placeholders"/>); the panel, the quality checks and
/// <see cref="Panel.MarketData.Placeholders"/> all read them there.
/// </remarks>
public static class PlaceholderBars
{
    /// <summary>The placeholder test on one bar and the previous close; NaN (unknown) in any argument makes it false.</summary>
    public static bool IsPlaceholder(double previousClose, double open, double high, double low, double close, double volume) =>
        volume == 0 && open == previousClose && high == previousClose && low == previousClose && close == previousClose;

    /// <summary>Every placeholder bar of one symbol's columns, in file order (NaN is unknown).</summary>
    internal static List<PlaceholderBar> Find(string symbol, DateOnly[] dates,
        double[] open, double[] high, double[] low, double[] close, double[] volume)
    {
        var found = new List<PlaceholderBar>();
        for (var i = 1; i < dates.Length; i++)
        {
            if (IsPlaceholder(close[i - 1], open[i], high[i], low[i], close[i], volume[i]))
                found.Add(new PlaceholderBar(symbol, dates[i], i, close[i - 1]));
        }
        return found;
    }
}
