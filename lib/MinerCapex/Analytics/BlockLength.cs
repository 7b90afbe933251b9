namespace MinerCapex.Analytics;

/// <summary>
/// The automatic block length of Politis and White (2004), "Automatic block-length selection for the dependent
/// bootstrap", Econometric Reviews 23(1), with the correction of Patton, Politis and White (2009), Econometric
/// Reviews 28(4), for the stationary bootstrap of Politis and Romano (1994).
/// </summary>
/// <remarks>
/// <para>
/// The rule estimates the expected block length that minimises the mean squared error of the bootstrap variance
/// of a mean: <c>b = (2Ĝ² / D̂)^(1/3) · n^(1/3)</c> with <c>Ĝ = Σ_{|k|≤M} λ(k/M)|k|R̂(k)</c>,
/// <c>D̂ = 2ĝ(0)²</c> and <c>ĝ(0) = Σ_{|k|≤M} λ(k/M)R̂(k)</c>. <c>D̂ = 2ĝ(0)²</c> is the 2009 correction; the
/// 2004 paper's constant for the stationary bootstrap was wrong. <c>λ</c> is the flat-top kernel (1 on [0, ½],
/// 2(1 − t) on (½, 1]).
/// </para>
/// <para>
/// The bandwidth is <c>M = 2m̂</c>, where <c>m̂</c> is the smallest lag after which <c>K = max(5, ⌈√log₁₀ n⌉)</c>
/// consecutive autocorrelations all lie inside <c>±2√(log₁₀ n / n)</c> (Politis 2003); <c>M</c> is capped at
/// <c>⌈√n⌉ + K</c>. The length is kept within [1, min(3√n, n/3)]: a series with no autocorrelation gets 1, the
/// i.i.d. bootstrap.
/// </para>
/// </remarks>
public static class BlockLength
{
    /// <summary>The stationary bootstrap's expected block length for <paramref name="x"/> (no missing values).</summary>
    /// <exception cref="InsufficientDataException">Fewer than 10 observations.</exception>
    public static double PolitisWhite(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        if (n < 10) throw new InsufficientDataException("The Politis–White block length", 10, n);
        var mean = 0.0;
        foreach (var v in x) mean += v;
        mean /= n;
        var e = new double[n];
        for (var t = 0; t < n; t++) e[t] = x[t] - mean;

        var k = Math.Max(5, (int)Math.Ceiling(Math.Sqrt(Math.Log10(n))));
        var maxLag = Math.Min(n - 1, (int)Math.Ceiling(Math.Sqrt(n)) + k);
        var autocovariance = new double[maxLag + k + 1];
        for (var lag = 0; lag < autocovariance.Length && lag < n; lag++)
        {
            var s = 0.0;
            for (var t = lag; t < n; t++) s += e[t] * e[t - lag];
            autocovariance[lag] = s / n;
        }
        var bound = 2.0 * Math.Sqrt(Math.Log10(n) / n);
        bool Small(int lag) => lag >= n || Math.Abs(autocovariance[lag] / autocovariance[0]) < bound;

        // m̂: the first lag m such that lags m+1 … m+K are all insignificant.
        var mHat = -1;
        for (var m = 0; m <= maxLag && mHat < 0; m++)
        {
            var quiet = true;
            for (var j = 1; j <= k && quiet; j++) quiet = Small(m + j);
            if (quiet) mHat = m;
        }
        var bandwidth = Math.Min(mHat < 0 ? maxLag : 2 * mHat, maxLag);

        double g = 0, longRun = autocovariance[0];
        for (var lag = 1; lag <= bandwidth; lag++)
        {
            var t = (double)lag / bandwidth;
            var weight = t <= 0.5 ? 1.0 : 2.0 * (1.0 - t);
            g += 2.0 * weight * lag * autocovariance[lag];
            longRun += 2.0 * weight * autocovariance[lag];
        }
        var upper = Math.Min(3.0 * Math.Sqrt(n), n / 3.0);
        if (longRun <= 0 || g == 0) return 1.0;
        var b = Math.Pow(2.0 * g * g / (2.0 * longRun * longRun), 1.0 / 3.0) * Math.Pow(n, 1.0 / 3.0);
        return Math.Clamp(b, 1.0, upper);
    }
}
