using System.Globalization;

namespace MinerCapex.EventStudies;

/// <summary>
/// Why a stock was left out of an event: the first cause that applies, from no return at all to missing data,
/// with the dates and counts a reader needs to see it in the data.
/// </summary>
internal static class SkipDiagnosis
{
    /// <param name="symbol">The stock.</param>
    /// <param name="ev">The event.</param>
    /// <param name="options">The study's settings.</param>
    /// <param name="sessions">The panel's sessions.</param>
    /// <param name="n">The usable sessions the fit found.</param>
    /// <param name="wantLo">Where the estimation window would start, as a session index (negative before the data).</param>
    /// <param name="firstReturn">The stock's first session with a return; -1 when it has none.</param>
    public static SkippedStock Explain(
        string symbol, StudiedEvent ev, EventStudyOptions options, IReadOnlyList<DateOnly> sessions, int n, int wantLo, int firstReturn)
    {
        var min = options.MinObservations;
        if (firstReturn < 0)
            return new(symbol, ev.Id, SkipReason.NoReturns, 0, $"{symbol} has no return in the panel.");
        if (n >= min)
            return new(symbol, ev.Id, SkipReason.DegenerateEstimation, n,
                $"The {options.Model} fit on {n} sessions is degenerate: a factor does not vary or the residuals are all zero.");
        var have = string.Create(CultureInfo.InvariantCulture, $"{n} usable sessions in the estimation window {options.EstimationWindow}, {min} needed");
        if (wantLo < 0)
            return new(symbol, ev.Id, SkipReason.EventTooNearDataStart, n,
                $"The estimation window would start {-wantLo} sessions before the first session {sessions[0]:yyyy-MM-dd}; {have}.");
        if (firstReturn > wantLo)
            return new(symbol, ev.Id, SkipReason.ListedAfterEstimationStart, n,
                $"{symbol}'s first return is on {sessions[firstReturn]:yyyy-MM-dd}, after the estimation window began on {sessions[wantLo]:yyyy-MM-dd}; {have}.");
        return new(symbol, ev.Id, SkipReason.MissingData, n,
            $"Returns of {symbol} or of a factor are missing; {have}.");
    }
}
