namespace MinerCapex.EventStudies;

/// <summary>
/// Tests over every stock × event CAR of one group and one pool of event categories, for one window.
/// </summary>
/// <remarks>
/// Pooling treats the pairs as one cross-section. CARs of the same event share its day, so they are not
/// independent; <see cref="EventStudyOptions.PooledClusters"/> at least keeps two events of the same
/// sessions from counting the same CARs twice.
/// </remarks>
/// <param name="Pool">The pool's name, e.g. <c>ai</c> or <c>btc</c>.</param>
/// <param name="Group">The group's name.</param>
/// <param name="Window">The event window.</param>
/// <param name="EventIds">Events of the pool that entered (after cluster handling), in input order.</param>
/// <param name="Tests">Tests over the pooled CARs.</param>
public sealed record PooledResult(string Pool, string Group, EventWindow Window, IReadOnlyList<string> EventIds, CarTests Tests)
{
    /// <summary>Number of events that entered the pool.</summary>
    public int Events => EventIds.Count;
}
