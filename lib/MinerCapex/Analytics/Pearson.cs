namespace MinerCapex.Analytics;

/// <summary>A Pearson correlation and the number of observations it rests on.</summary>
/// <param name="Value">The correlation in [-1, 1]; NaN when it is undefined (fewer than two pairs, or a series constant over the pairs).</param>
/// <param name="Count">Number of pairs where both series are present.</param>
public readonly record struct CorrelationEstimate(double Value, int Count);

/// <summary>
/// Pearson correlation on pairwise-complete observations: only the rows where both series are present
/// (not NaN) count, and means are taken over those rows.
/// </summary>
public static class Pearson
{
    /// <summary>
    /// The Pearson correlation of <paramref name="x"/> and <paramref name="y"/> over the rows where both are
    /// present, computed in two passes (means first, then centred sums of products) so that series far from
    /// zero lose no precision. Undefined (NaN) when fewer than two pairs remain or either series is constant
    /// over them; this matches pandas <c>Series.corr</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    public static CorrelationEstimate Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Require.SameLength(x.Length, y.Length, nameof(y));
        var m = Moments.Pairwise(x, y);
        return new CorrelationEstimate(m.Correlation, m.Count);
    }
}

/// <summary>Centred second moments of two series over their pairwise-complete rows.</summary>
internal readonly record struct Moments(int Count, double MeanX, double MeanY, double Sxx, double Syy, double Sxy, bool ConstantX, bool ConstantY)
{
    /// <summary>Correlation, NaN when undefined.</summary>
    public double Correlation =>
        Count < 2 || ConstantX || ConstantY || Sxx <= 0 || Syy <= 0 ? double.NaN : Math.Clamp(Sxy / Math.Sqrt(Sxx * Syy), -1.0, 1.0);

    /// <summary>Slope of x on y (the beta of x against factor y), NaN when y is constant or absent.</summary>
    public double BetaOnY => Count < 2 || ConstantY || Syy <= 0 ? double.NaN : (ConstantX ? 0.0 : Sxy / Syy);

    public static Moments Pairwise(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = 0;
        double sx = 0, sy = 0, firstX = double.NaN, firstY = double.NaN;
        bool constX = true, constY = true;
        for (var t = 0; t < x.Length; t++)
        {
            double a = x[t], b = y[t];
            if (double.IsNaN(a) || double.IsNaN(b)) continue;
            if (n == 0) { firstX = a; firstY = b; }
            constX &= a == firstX;
            constY &= b == firstY;
            n++;
            sx += a;
            sy += b;
        }
        if (n == 0) return new Moments(0, double.NaN, double.NaN, 0, 0, 0, true, true);
        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0, cx = 0, cy = 0;
        for (var t = 0; t < x.Length; t++)
        {
            double a = x[t], b = y[t];
            if (double.IsNaN(a) || double.IsNaN(b)) continue;
            double dx = a - mx, dy = b - my;
            cx += dx;
            cy += dy;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        // Second-pass correction of the means (the centred sums of the first pass are not exactly zero).
        sxx -= cx * cx / n;
        syy -= cy * cy / n;
        sxy -= cx * cy / n;
        return new Moments(n, mx + cx / n, my + cy / n, constX ? 0 : sxx, constY ? 0 : syy, constX || constY ? 0 : sxy, constX, constY);
    }
}
