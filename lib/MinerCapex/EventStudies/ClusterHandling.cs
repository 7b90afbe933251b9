namespace MinerCapex.EventStudies;

/// <summary>What pooled (by-category) tests do with events that share a session or a cluster; see <see cref="StudiedEvent.Clustered"/>.</summary>
public enum ClusterHandling
{
    /// <summary>
    /// The default: one observation per stock and event session. The pool's events of one session merge into one
    /// <see cref="EventDay"/> (carrying all their ids and categories), whose CARs enter once. Two catalog rows on
    /// the same session have the same abnormal returns, so counting both would count each stock's CAR twice.
    /// </summary>
    OnePerSession,

    /// <summary>Pool every event row, same-session rows included: each stock's CAR of a shared session counts once per row.</summary>
    Keep,

    /// <summary>Leave clustered events out of pooled tests; per-event results still include them.</summary>
    DropClustered,

    /// <summary>
    /// Keep one event of each cluster in each pool: the first, in the order the events were given. Stricter than
    /// <see cref="OnePerSession"/>: events whose spans overlap on different sessions also count once.
    /// </summary>
    OnePerCluster,
}
