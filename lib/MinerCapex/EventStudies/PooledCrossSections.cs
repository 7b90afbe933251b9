namespace MinerCapex.EventStudies;

/// <summary>The pooled cross-sections: every stock × event pair of a category pool tested together.</summary>
internal static class PooledCrossSections
{
    /// <summary>The tests of each group's CARs pooled over the events of each pool, per window.</summary>
    public static List<PooledResult> Test(EventFits fits, IReadOnlyList<StudyGroup> groups)
    {
        var members = fits.Members(groups);
        var windows = fits.Options.EventWindows;
        var cars = new double[fits.Events.Count * fits.StockCount];
        var scars = new double[cars.Length];
        var results = new List<PooledResult>();
        foreach (var pool in fits.Options.Pools)
        {
            var chosen = PoolEvents(fits, pool);
            if (chosen.Count == 0) continue;
            var ids = chosen.Select(e => fits.Events[e].Id).ToArray();
            for (var g = 0; g < groups.Count; g++)
            {
                for (var w = 0; w < windows.Count; w++)
                {
                    var n = 0;
                    foreach (var e in chosen)
                        foreach (var s in members[g])
                            fits.Collect(e, s, w, cars, scars, ref n);
                    var tests = CrossSection.Test(cars.AsSpan(0, n), scars.AsSpan(0, n));
                    results.Add(new PooledResult(pool.Name, groups[g].Name, windows[w], ids, tests));
                }
            }
        }
        return results;
    }

    /// <summary>The events of a pool, clustered ones dropped or thinned as the options say.</summary>
    private static List<int> PoolEvents(EventFits fits, EventPool pool)
    {
        var chosen = new List<int>();
        var clustersTaken = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < fits.Events.Count; e++)
        {
            var ev = fits.Events[e];
            if (!pool.Includes(ev.Event.Category)) continue;
            var keep = fits.Options.PooledClusters switch
            {
                ClusterHandling.DropClustered => !ev.Clustered,
                ClusterHandling.OnePerCluster => clustersTaken.Add(ev.ClusterId),
                _ => true,
            };
            if (keep) chosen.Add(e);
        }
        return chosen;
    }
}
