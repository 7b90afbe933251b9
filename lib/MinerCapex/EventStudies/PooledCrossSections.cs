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
            var days = Days(fits, pool, chosen);
            for (var g = 0; g < groups.Count; g++)
            {
                for (var w = 0; w < windows.Count; w++)
                {
                    var n = 0;
                    foreach (var e in chosen)
                    {
                        foreach (var s in members[g])
                        {
                            if (groups[g].Includes(fits.Symbols[s], fits.Events[e].DayZero))
                                fits.Collect(e, s, w, cars, scars, ref n);
                        }
                    }
                    var tests = CrossSection.Test(cars.AsSpan(0, n), scars.AsSpan(0, n));
                    results.Add(new PooledResult(pool.Name, groups[g].Name, windows[w], ids, tests, days));
                }
            }
        }
        return results;
    }

    /// <summary>
    /// The sessions of the chosen events, each with every row of the pool on it (rows the handling left out
    /// included, so a merged day names all its news).
    /// </summary>
    private static List<EventDay> Days(EventFits fits, EventPool pool, List<int> chosen)
    {
        var inPool = Enumerable.Range(0, fits.Events.Count).Where(e => pool.Includes(fits.Events[e].Event.Category)).ToList();
        return chosen.Select(c => fits.Events[c].DayZero).Distinct().Select(day =>
        {
            var rows = inPool.Where(e => fits.Events[e].DayZero == day).ToList();
            // The chosen row first: its fits stand for the day.
            var first = rows.First(chosen.Contains);
            var ordered = new[] { first }.Concat(rows.Where(r => r != first)).Select(r => fits.Events[r]).ToList();
            return new EventDay(day, ordered.Select(r => r.Id).ToList(), ordered.Select(r => r.Event.Category).Distinct().ToList());
        }).ToList();
    }

    /// <summary>The events of a pool, same-session rows merged and clustered ones dropped or thinned as the options say.</summary>
    private static List<int> PoolEvents(EventFits fits, EventPool pool)
    {
        var chosen = new List<int>();
        var clustersTaken = new HashSet<string>(StringComparer.Ordinal);
        var sessionsTaken = new HashSet<DateOnly>();
        for (var e = 0; e < fits.Events.Count; e++)
        {
            var ev = fits.Events[e];
            if (!pool.Includes(ev.Event.Category)) continue;
            var keep = fits.Options.PooledClusters switch
            {
                ClusterHandling.OnePerSession => sessionsTaken.Add(ev.DayZero),
                ClusterHandling.DropClustered => !ev.Clustered,
                ClusterHandling.OnePerCluster => clustersTaken.Add(ev.ClusterId),
                _ => true,
            };
            if (keep) chosen.Add(e);
        }
        return chosen;
    }
}
