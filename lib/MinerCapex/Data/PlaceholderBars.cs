namespace MinerCapex.Data;

/// <summary>
/// Finds placeholder bars: Open = High = Low = Close = the previous bar's Close, with a Volume of exactly 0.
/// Data vendors write such a bar when a session had no print for the symbol (CLSK on 2024-11-08); its
/// zero return is an artefact, so the panel treats it as missing unless asked to keep it.
/// </summary>
/// <remarks>
/// Equality is exact: a placeholder copies the previous close bit for bit, while a real quiet session
/// differs somewhere or has volume. The first bar has no previous close and is never a placeholder,
/// nor is a bar with any of the five fields unknown.
/// </remarks>
public static class PlaceholderBars
{
    /// <summary>Every placeholder bar of <paramref name="history"/>, in file order.</summary>
    public static IReadOnlyList<PlaceholderBar> Find(PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var found = new List<PlaceholderBar>();
        var bars = history.Bars;
        for (var i = 1; i < bars.Count; i++)
        {
            var b = bars[i];
            var previous = bars[i - 1].Close ?? double.NaN;
            if (IsPlaceholder(previous, b.Open ?? double.NaN, b.High ?? double.NaN, b.Low ?? double.NaN, b.Close ?? double.NaN, b.Volume ?? double.NaN))
                found.Add(new PlaceholderBar(history.Symbol, b.Date, i, previous));
        }
        return found;
    }

    /// <summary>The placeholder test on one bar and the previous close; NaN (unknown) in any argument makes it false.</summary>
    public static bool IsPlaceholder(double previousClose, double open, double high, double low, double close, double volume) =>
        volume == 0 && open == previousClose && high == previousClose && low == previousClose && close == previousClose;

    /// <summary>Row indexes of the placeholder bars of a columnar series.</summary>
    internal static List<int> FindIndexes(PriceColumns s)
    {
        var rows = new List<int>();
        for (var i = 1; i < s.Count; i++)
        {
            if (IsPlaceholder(s.Close[i - 1], s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i])) rows.Add(i);
        }
        return rows;
    }
}
