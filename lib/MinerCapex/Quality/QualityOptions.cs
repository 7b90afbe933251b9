namespace MinerCapex.Quality;

/// <summary>Settings of the data-quality report.</summary>
public sealed record QualityOptions
{
    /// <summary>The defaults: 25% moves, SPY's sessions as the calendar.</summary>
    public static QualityOptions Default { get; } = new();

    /// <summary>
    /// Absolute one-day simple return of the study price (Adj Close, else Close) above which a move is listed.
    /// 0.25 means ±25%. Must be positive.
    /// </summary>
    public double LargeMoveThreshold { get; init; } = 0.25;

    /// <summary>
    /// A run of bars to the end of a file whose prices all have at most this many significant digits, after a bar with more,
    /// is a <see cref="QualityIssue.PrecisionDrop"/>. 6 catches a source that rounds bitcoin to about a dollar, and no
    /// equity quoted in cents below $10,000.
    /// </summary>
    public int RoundedSignificantDigits { get; init; } = 6;

    /// <summary>
    /// The fewest bars a precision or column regime must last to be reported as a change, so that a single null volume or
    /// a few round prices are not; about a month of sessions.
    /// </summary>
    public int MinimumRegimeBars { get; init; } = 20;

    /// <summary>The symbol whose dates are the session calendar.</summary>
    public string CalendarSymbol { get; init; } = "SPY";
}
