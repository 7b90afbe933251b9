namespace MinerCapex.EventStudies;

/// <summary>
/// A stock left out of one event because its estimation window cannot support the model. Skipping is a
/// result, never an exception or a NaN: the stock simply has no CARs for the event.
/// </summary>
/// <param name="Symbol">The stock.</param>
/// <param name="EventId">The event.</param>
/// <param name="Reason">Why it was skipped.</param>
/// <param name="Observations">Usable observations found in the estimation window.</param>
/// <param name="Detail">One sentence with the numbers, e.g. the first session with a return.</param>
public sealed record SkippedStock(string Symbol, string EventId, SkipReason Reason, int Observations, string Detail);
