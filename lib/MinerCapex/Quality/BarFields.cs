using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>The six value columns of a price file, by header name, with how to read each from a bar.</summary>
internal static class BarFields
{
    public static readonly (string Name, Func<PriceBar, double?> Get)[] Values =
    [
        ("Open", b => b.Open),
        ("High", b => b.High),
        ("Low", b => b.Low),
        ("Close", b => b.Close),
        ("Adj Close", b => b.AdjClose),
        ("Volume", b => b.Volume),
    ];

    /// <summary>The five price columns: every value column but Volume.</summary>
    public static ReadOnlySpan<(string Name, Func<PriceBar, double?> Get)> Prices => Values.AsSpan(0, 5);

    /// <summary>File line of bar <paramref name="index"/>: the header is line 1.</summary>
    public static int LineOf(int index) => index + 2;
}
