namespace MinerCapex.EventStudies;

/// <summary>
/// The average abnormal return (AAR) of a group's stocks on one session of an event, and its running sum from
/// the first offset (CAAR): the path a chart of the event draws.
/// </summary>
/// <remarks>
/// AAR on offset τ is the mean of the ARs that exist that day among the group's fitted stocks; CAAR on τ sums the
/// AARs from <see cref="StockEventResult.FirstOffset"/> through τ. A day with no AR has no AAR, and every CAAR
/// from then on is missing too.
/// </remarks>
/// <param name="Group">The group's name.</param>
/// <param name="EventId">The event.</param>
/// <param name="Offset">Sessions from day 0.</param>
/// <param name="N">Stocks with an AR that day.</param>
/// <param name="Mean">AAR: the mean AR; null when <paramref name="N"/> is 0.</param>
/// <param name="Cumulative">CAAR: the sum of AARs from the first offset through this one; null once an AAR is missing.</param>
public sealed record AverageAbnormalReturn(string Group, string EventId, int Offset, int N, double? Mean, double? Cumulative);
