using MinerCapex.Analytics.Numerics;

namespace MinerCapex.Analytics;

/// <summary>Rolling correlation and beta, one value per session (NaN where undefined).</summary>
/// <param name="Correlation">Correlation of the series with the factor.</param>
/// <param name="Beta">Beta of the series on the factor.</param>
public readonly record struct RelationValues(double[] Correlation, double[] Beta);

/// <summary>
/// Rolling correlation and beta of one series against a factor, over aligned arrays (one value per
/// session, NaN = missing). Output has one value per input session, dated at the window's last session,
/// NaN where no value is defined (incomplete window, too few observations, constant factor).
/// Each call is O(T): co-moments are updated, never recomputed per window.
/// </summary>
public static class Rolling
{
    /// <summary>
    /// Rolling Pearson correlation over <paramref name="window"/> sessions; a value only when both series are
    /// present on all sessions of the window (pandas <c>x.rolling(W).corr(y)</c>). NaN when either series is
    /// constant over the window.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 3 or longer than the series.</exception>
    /// <exception cref="ArgumentException">The series have different lengths.</exception>
    public static double[] Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int window) =>
        Run(x, y, window, correlation: true);

    /// <summary>
    /// Rolling beta of <paramref name="x"/> on the factor <paramref name="factor"/>,
    /// <c>cov(x, f) / var(f)</c> over <paramref name="window"/> sessions (the OLS slope with intercept);
    /// a value only on complete windows. NaN when the factor is constant over the window; 0 when x is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 3 or longer than the series.</exception>
    /// <exception cref="ArgumentException">The series have different lengths.</exception>
    public static double[] Beta(ReadOnlySpan<double> x, ReadOnlySpan<double> factor, int window) =>
        Run(x, factor, window, correlation: false);

    /// <summary>Exponentially weighted correlation; see <see cref="HalfLifeScheme"/> for the weights.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The half-life is not positive or <paramref name="minObservations"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The series have different lengths.</exception>
    public static double[] EwCorrelation(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double halfLife, int? minObservations = null) =>
        Run(x, y, RollingScheme.HalfLife(halfLife, minObservations), correlation: true);

    /// <summary>Exponentially weighted beta <c>cov_w(x, f) / var_w(f)</c>; see <see cref="HalfLifeScheme"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The half-life is not positive or <paramref name="minObservations"/> is below 2.</exception>
    /// <exception cref="ArgumentException">The series have different lengths.</exception>
    public static double[] EwBeta(ReadOnlySpan<double> x, ReadOnlySpan<double> factor, double halfLife, int? minObservations = null) =>
        Run(x, factor, RollingScheme.HalfLife(halfLife, minObservations), correlation: false);

    /// <summary>Correlation and beta of <paramref name="x"/> against <paramref name="factor"/> in one pass.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window is longer than the series.</exception>
    /// <exception cref="ArgumentException">The series have different lengths.</exception>
    public static RelationValues CorrelationAndBeta(ReadOnlySpan<double> x, ReadOnlySpan<double> factor, RollingScheme scheme)
    {
        Validate(x.Length, factor.Length, scheme);
        var c = new double[x.Length];
        var b = new double[x.Length];
        RollingMoments.Compute(x, factor, scheme, c, b);
        return new RelationValues(c, b);
    }

    internal static void Validate(int xLength, int yLength, RollingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Require.SameLength(xLength, yLength, "factor");
        if (scheme is WindowScheme w) Require.Window(w.Sessions, xLength, "window");
    }

    private static double[] Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int window, bool correlation) =>
        Run(x, y, RollingScheme.Window(window), correlation);

    private static double[] Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, RollingScheme scheme, bool correlation)
    {
        var (c, b) = CorrelationAndBeta(x, y, scheme);
        return correlation ? c : b;
    }
}
