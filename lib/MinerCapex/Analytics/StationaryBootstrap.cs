using MinerCapex.Inference;

namespace MinerCapex.Analytics;

/// <summary>
/// The stationary bootstrap of Politis and Romano (1994), "The stationary bootstrap", JASA 89(428): a resample of
/// <c>n</c> rows made of blocks whose lengths are geometric with mean <c>b</c>, each block starting at a uniform
/// row and wrapping around the end of the sample. It keeps the short-range dependence of daily returns
/// (volatility clusters, cross-correlation on the same day) that an i.i.d. resample destroys.
/// </summary>
/// <remarks>
/// Each row consumes exactly two uniforms of <see cref="StudyRandom"/>, <c>u</c> then <c>v</c>: row 0, and any row
/// with <c>u &lt; 1/b</c>, starts a block at <c>⌊v·n⌋</c>; any other row is the one after the previous row
/// (modulo n). The fixed consumption lets a script replay the draws with numpy in one vectorised call
/// (<c>Reference/analytics/make_bootstrap_reference.py</c>).
/// </remarks>
public static class StationaryBootstrap
{
    /// <summary>Fills <paramref name="rows"/> with one resample of the rows 0 … <c>rows.Length − 1</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meanBlock"/> is below 1.</exception>
    public static void Resample(Span<int> rows, double meanBlock, StudyRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(meanBlock >= 1)) throw new ArgumentOutOfRangeException(nameof(meanBlock), meanBlock, "The mean block length must be at least 1.");
        var n = rows.Length;
        var restart = 1.0 / meanBlock;
        var row = 0;
        for (var t = 0; t < n; t++)
        {
            var u = random.NextUniform();
            var v = random.NextUniform();
            row = t == 0 || u < restart ? Math.Min(n - 1, (int)(v * n)) : (row + 1) % n;
            rows[t] = row;
        }
    }
}
