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

    /// <summary>The symbol whose dates are the session calendar.</summary>
    public string CalendarSymbol { get; init; } = "SPY";
}
