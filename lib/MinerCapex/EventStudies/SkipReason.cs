namespace MinerCapex.EventStudies;

/// <summary>Why a stock has no result for an event; see <see cref="SkippedStock"/>.</summary>
public enum SkipReason
{
    /// <summary>The stock has no return at all in the panel.</summary>
    NoReturns,

    /// <summary>
    /// The estimation window reaches before the panel's first session, and the part inside the data holds
    /// too few observations: the event is too near the start of the data.
    /// </summary>
    EventTooNearDataStart,

    /// <summary>
    /// The stock's first return comes after the estimation window began (a listing, IPO or relisting, e.g.
    /// CORZ before 2024-01-24, BMNR before 2025-06-05), leaving too few observations.
    /// </summary>
    ListedAfterEstimationStart,

    /// <summary>Too few sessions with a return of the stock and of every factor, for any other reason (gaps).</summary>
    MissingData,

    /// <summary>
    /// The fit is degenerate: a factor does not vary over the estimation sessions, or the residuals are all
    /// zero, so no t statistic can be formed.
    /// </summary>
    DegenerateEstimation,
}
