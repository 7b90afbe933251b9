using System.Globalization;

namespace MinerCapex.Analytics;

/// <summary>
/// How a rolling statistic weighs past sessions: a fixed window of the last <c>W</c> sessions
/// (<see cref="Window"/>) or exponentially decaying weights with a half-life (<see cref="HalfLife"/>).
/// </summary>
public abstract record RollingScheme
{
    private protected RollingScheme() { }

    /// <summary>A window of the last <paramref name="window"/> sessions; see <see cref="WindowScheme"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is less than 3.</exception>
    public static WindowScheme Window(int window) => new(window);

    /// <summary>Exponential weights with the given half-life in sessions; see <see cref="HalfLifeScheme"/>.</summary>
    /// <param name="halfLife">Sessions after which an observation's weight has halved; positive.</param>
    /// <param name="minObservations">
    /// Joint observations needed before a value is reported; default: the half-life rounded up, at least 3.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The half-life is not positive and finite, or <paramref name="minObservations"/> is below 2.</exception>
    public static HalfLifeScheme HalfLife(double halfLife, int? minObservations = null) =>
        new(halfLife, minObservations ?? Math.Max(Require.MinimumWindow, (int)Math.Ceiling(halfLife)));

    /// <summary>Short description for tables and chart legends, e.g. <c>60d</c> or <c>EW hl=30d</c>.</summary>
    public abstract string Label { get; }
}

/// <summary>
/// Rolling window of <see cref="Sessions"/> sessions. A value is reported only when both series are
/// present on all <c>W</c> sessions of the window, and it is dated at the window's last session.
/// Moments are divided by <c>W-1</c> (sample covariance), which cancels in correlations and betas.
/// </summary>
public sealed record WindowScheme : RollingScheme
{
    internal WindowScheme(int window)
    {
        if (window < Require.MinimumWindow)
            throw new ArgumentOutOfRangeException(nameof(window), window, $"The window must span at least {Require.MinimumWindow} sessions.");
        Sessions = window;
    }

    /// <summary>The window length W in sessions (at least 3).</summary>
    public int Sessions { get; }

    /// <inheritdoc />
    public override string Label => Sessions.ToString(CultureInfo.InvariantCulture) + "d";
}

/// <summary>
/// Exponentially weighted moments. At session <c>t</c> an observation of session <c>s &lt;= t</c> has
/// weight <c>(1/2)^((t-s)/h)</c>, with age counted in sessions, also across sessions where a series is
/// missing (those sessions add no observation but still age the older ones). Only sessions where both
/// series are present are observations. Weighted means and co-moments are normalised by the sum of
/// weights (pandas <c>ewm(halflife=h, adjust=True, ignore_na=False)</c>); the bias correction pandas
/// applies to <c>cov</c> cancels in correlations and betas, so they equal pandas
/// <c>ewm(...).corr</c> and <c>ewm(...).cov(y) / ewm(...).var()</c> on jointly present values.
/// A value is reported from the session where <see cref="MinObservations"/> joint observations have been seen.
/// </summary>
public sealed record HalfLifeScheme : RollingScheme
{
    internal HalfLifeScheme(double halfLife, int minObservations)
    {
        if (!(halfLife > 0) || double.IsInfinity(halfLife))
            throw new ArgumentOutOfRangeException(nameof(halfLife), halfLife, "The half-life must be a positive number of sessions.");
        if (minObservations < 2)
            throw new ArgumentOutOfRangeException(nameof(minObservations), minObservations, "At least 2 observations are needed for a correlation.");
        Sessions = halfLife;
        MinObservations = minObservations;
    }

    /// <summary>The half-life h in sessions.</summary>
    public double Sessions { get; }

    /// <summary>Joint observations needed before a value is reported.</summary>
    public int MinObservations { get; }

    /// <summary>Per-session decay factor <c>(1/2)^(1/h)</c>.</summary>
    public double Decay => Math.Pow(0.5, 1.0 / Sessions);

    /// <inheritdoc />
    public override string Label => "EW hl=" + Sessions.ToString("0.##", CultureInfo.InvariantCulture) + "d";
}
