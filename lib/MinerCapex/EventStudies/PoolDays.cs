using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>
/// Two pools' event days made disjoint for a comparison: a session that holds news of both pools goes to neither
/// and is reported as <see cref="Mixed"/>, so no observation sits in both samples.
/// </summary>
/// <param name="Pool">The first pool.</param>
/// <param name="OtherPool">The pool it is compared with.</param>
/// <param name="Days">Sessions with news of <paramref name="Pool"/> only.</param>
/// <param name="OtherDays">Sessions with news of <paramref name="OtherPool"/> only.</param>
/// <param name="Mixed">Sessions with news of both, each carrying every row of either pool on it.</param>
public sealed record DisjointPools(string Pool, string OtherPool, IReadOnlyList<EventDay> Days, IReadOnlyList<EventDay> OtherDays, IReadOnlyList<EventDay> Mixed);

/// <summary>Event days (<see cref="EventDay"/>) of a study's pools.</summary>
public static class PoolDays
{
    /// <summary>
    /// Every session with news of <paramref name="pool"/>, the rows of one session merged, whatever the study's
    /// <see cref="EventStudyOptions.PooledClusters"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The pool is not one of the study's.</exception>
    public static IReadOnlyList<EventDay> Days(this EventStudyResult result, string pool)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Merge(result.Events.Where(e => PoolOf(result, pool).Includes(e.Event.Category)));
    }

    /// <summary>
    /// The two pools' days made disjoint. <paramref name="keep"/>, when given, then drops the days of either pool
    /// holding a row it rejects (for instance bitcoin rows defined by the price move itself); a rejected row still
    /// makes its session mixed.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A pool is not one of the study's.</exception>
    public static DisjointPools Disjoint(this EventStudyResult result, string pool, string otherPool, Func<MarketEvent, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (a, b) = (PoolOf(result, pool), PoolOf(result, otherPool));
        var aSessions = result.Events.Where(e => a.Includes(e.Event.Category)).Select(e => e.DayZero).ToHashSet();
        var bSessions = result.Events.Where(e => b.Includes(e.Event.Category)).Select(e => e.DayZero).ToHashSet();
        var mixed = Merge(result.Events.Where(e => (a.Includes(e.Event.Category) || b.Includes(e.Event.Category))
            && aSessions.Contains(e.DayZero) && bSessions.Contains(e.DayZero)));
        IReadOnlyList<EventDay> Only(EventPool p, HashSet<DateOnly> other)
        {
            var rows = result.Events.Where(e => p.Includes(e.Event.Category) && !other.Contains(e.DayZero)).ToList();
            var rejected = keep is null ? [] : rows.Where(e => !keep(e.Event)).Select(e => e.DayZero).ToHashSet();
            return Merge(rows.Where(e => !rejected.Contains(e.DayZero)));
        }
        return new DisjointPools(pool, otherPool, Only(a, bSessions), Only(b, aSessions), mixed);
    }

    /// <summary>The rows grouped by session, in the order of each session's first row.</summary>
    internal static IReadOnlyList<EventDay> Merge(IEnumerable<StudiedEvent> rows) =>
        rows.GroupBy(e => e.DayZero)
            .Select(g => new EventDay(g.Key, g.Select(e => e.Id).ToList(), g.Select(e => e.Event.Category).Distinct().ToList()))
            .ToList();

    private static EventPool PoolOf(EventStudyResult result, string pool) =>
        result.Options.Pools.FirstOrDefault(p => p.Name == pool)
        ?? throw new KeyNotFoundException($"No pool '{pool}' in this study; its pools are {string.Join(", ", result.Options.Pools.Select(p => p.Name))}.");
}
