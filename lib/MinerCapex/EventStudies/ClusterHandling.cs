namespace MinerCapex.EventStudies;

/// <summary>What pooled (by-category) tests do with clustered events; see <see cref="StudiedEvent.Clustered"/>.</summary>
public enum ClusterHandling
{
    /// <summary>Pool every event, clustered or not (the default).</summary>
    Keep,

    /// <summary>Leave clustered events out of pooled tests; per-event results still include them.</summary>
    DropClustered,

    /// <summary>
    /// Keep one event of each cluster in each pool: the first, in the order the events were given. Two events
    /// on the same day would otherwise count each stock's same CAR twice.
    /// </summary>
    OnePerCluster,
}
