namespace MinerCapex.EventStudies;

/// <summary>
/// Tests over every stock × event CAR of one group and one pool of event categories, for one window.
/// </summary>
/// <remarks>
/// Pooling treats the pairs as one cross-section. CARs of the same event share its day, so they are not
/// independent (the dependence-robust tests of <see cref="TestBattery"/> allow for that);
/// <see cref="EventStudyOptions.PooledClusters"/>, by default one observation per stock and session, keeps two
/// events of the same session from counting the same CARs twice.
/// </remarks>
/// <param name="Pool">The pool's name, e.g. <c>ai</c> or <c>btc</c>.</param>
/// <param name="Group">The group's name.</param>
/// <param name="Window">The event window.</param>
/// <param name="EventIds">Events of the pool whose CARs entered (after cluster handling), in input order: one per session by default.</param>
/// <param name="Tests">Tests over the pooled CARs.</param>
/// <param name="Days">The sessions that entered, each with every row of the pool on it.</param>
public sealed record PooledResult(string Pool, string Group, EventWindow Window, IReadOnlyList<string> EventIds, CarTests Tests, IReadOnlyList<EventDay> Days)
{
    /// <summary>Number of events whose CARs entered the pool (sessions, under <see cref="ClusterHandling.OnePerSession"/>).</summary>
    public int Events => EventIds.Count;
}
