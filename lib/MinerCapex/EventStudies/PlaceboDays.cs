using MinerCapex.Inference;

namespace MinerCapex.EventStudies;

/// <summary>
/// Placebo event days: sets of sessions without news, drawn from the same months as the real event days and run
/// through the same estimation rules, that give each headline statistic the distribution it has when nothing
/// happened (<see cref="PlaceboDistribution"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Candidates.</b> A session is a placebo candidate when its window shares no session with the window of any
/// studied event (for <c>[0,+1]</c>: it is more than one session away from every event's day 0), and the window
/// lies inside the data. The candidates of a month are kept in session order.
/// </para>
/// <para>
/// <b>Draws.</b> Each of the N sets takes, for every real event day in turn (the first pool's days, then the other
/// pool's), one candidate of that day's calendar month, without replacement within the set:
/// <c>index = NextIndex(remaining)</c> of <see cref="StudyRandom"/>, and the candidate at that index leaves the
/// list. When a month runs out, the set draws again from all of that month's candidates; a month with no candidate at
/// all (a wide window in a dense month) draws from the nearest month that has some, the earlier on a tie. The same seed
/// gives the same sets, in .NET and in the reference script.
/// </para>
/// <para>
/// <b>Statistics.</b> On each placebo day each stock is fitted exactly as on a real day (the catalog's event spans left
/// out of its estimation window, the same model and minimum), and the day's equal-weight portfolio CAR and
/// standardized CAR are formed as in <see cref="PortfolioDay"/>. From them the set's pools give the mean CARs,
/// their difference and the size ratios of <see cref="EventDayComparison"/>.
/// </para>
/// </remarks>
public static class PlaceboDays
{
    /// <summary>The default number of placebo sets.</summary>
    public const int DefaultDraws = 2000;

    /// <summary>
    /// The placebo distributions of the comparison of <paramref name="pools"/> for <paramref name="group"/>: mean CAR of
    /// each pool, their difference, each pool's size ratio and the ratios' difference.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="draws"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">No session of the data is free of news over the window.</exception>
    public static IReadOnlyList<PlaceboDistribution> Placebo(
        this EventStudyResult result, DisjointPools pools, StudyGroup group, EventWindow window,
        int draws = DefaultDraws, int seed = StudyRandom.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(group);
        if (draws <= 0) throw new ArgumentOutOfRangeException(nameof(draws), draws, "Draw at least one placebo set.");
        var real = result.CompareDays(pools, group, window);
        var sets = Sets(result, pools, window, draws, seed);
        var stocks = group.Symbols.Select(s => result.Fits.IndexOf(s) is var i && i >= 0 ? i
            : throw new KeyNotFoundException($"'{s}' is not a studied stock.")).Distinct().ToArray();
        var cache = new Dictionary<int, PortfolioDay?>();
        PortfolioDay? Day(int session)
        {
            if (!cache.TryGetValue(session, out var day)) cache[session] = day = Portfolio(result.Fits, session, stocks, window);
            return day;
        }
        var nA = pools.Days.Count;
        var rows = new List<EventDayComparison>(draws);
        foreach (var set in sets)
        {
            var a = set.Take(nA).Select(Day).OfType<PortfolioDay>().ToList();
            var b = set.Skip(nA).Select(Day).OfType<PortfolioDay>().ToList();
            rows.Add(EventDayComparisons.Of(pools.Pool, pools.OtherPool, group.Name, window, a, b, 0));
        }
        PlaceboDistribution Of(string name, Func<EventDayComparison, double?> pick, bool twoSided) =>
            new(name, pick(real) ?? double.NaN, rows.Select(r => pick(r) ?? double.NaN).ToList(), twoSided);
        return
        [
            Of($"mean CAR, {pools.Pool}", r => r.MeanCar, true),
            Of($"mean CAR, {pools.OtherPool}", r => r.OtherMeanCar, true),
            Of($"difference, {pools.Pool} − {pools.OtherPool}", r => r.Difference, true),
            Of($"size ratio, {pools.Pool}", r => r.SizeRatio, false),
            Of($"size ratio, {pools.OtherPool}", r => r.OtherSizeRatio, false),
            Of($"size ratio difference, {pools.Pool} − {pools.OtherPool}", r => r.SizeRatio - r.OtherSizeRatio, true),
        ];
    }

    /// <summary>The candidate sessions of every month, in session order.</summary>
    internal static Dictionary<(int Year, int Month), List<int>> Candidates(EventStudyResult result, EventWindow window)
    {
        var fits = result.Fits;
        var sessions = fits.Returns.Sessions;
        var width = window.End - window.Start;
        var dayZeros = Enumerable.Range(0, fits.Events.Count).Select(fits.DayZero).ToArray();
        var byMonth = new Dictionary<(int, int), List<int>>();
        for (var s = Math.Max(0, -window.Start); s + window.End < sessions.Count; s++)
        {
            if (dayZeros.Any(d => Math.Abs(s - d) <= width)) continue;
            var key = (sessions[s].Year, sessions[s].Month);
            if (!byMonth.TryGetValue(key, out var list)) byMonth[key] = list = [];
            list.Add(s);
        }
        return byMonth;
    }

    /// <summary>The placebo sets: one session per real day, first pool's days then the other's.</summary>
    internal static List<int[]> Sets(EventStudyResult result, DisjointPools pools, EventWindow window, int draws, int seed)
    {
        var byMonth = Candidates(result, window);
        if (byMonth.Count == 0)
            throw new InvalidOperationException($"No session is free of news over a {window} window; there is nothing to draw placebo days from.");
        var months = pools.Days.Concat(pools.OtherDays).Select(d => (d.DayZero.Year, d.DayZero.Month)).ToArray();
        // A month whose every session is near news (a wide window in a dense month) borrows the nearest month's candidates.
        var candidates = months.Distinct().ToDictionary(m => m, m => byMonth.TryGetValue(m, out var own) ? own
            : byMonth.OrderBy(c => Math.Abs(MonthIndex(c.Key) - MonthIndex(m))).ThenBy(c => MonthIndex(c.Key)).First().Value);
        var random = new StudyRandom(seed);
        var sets = new List<int[]>(draws);
        for (var k = 0; k < draws; k++)
        {
            var left = candidates.ToDictionary(c => c.Key, c => new List<int>(c.Value));
            var set = new int[months.Length];
            for (var i = 0; i < months.Length; i++)
            {
                var pool = left[months[i]];
                if (pool.Count == 0) pool = left[months[i]] = new List<int>(candidates[months[i]]);
                var j = random.NextIndex(pool.Count);
                set[i] = pool[j];
                pool.RemoveAt(j);
            }
            sets.Add(set);
        }
        return sets;
    }

    private static int MonthIndex((int Year, int Month) m) => 12 * m.Year + m.Month - 1;

    /// <summary>The equal-weight portfolio of <paramref name="stocks"/> on a placebo day; null when no stock can be fitted.</summary>
    private static PortfolioDay? Portfolio(EventFits fits, int d0, int[] stocks, EventWindow window)
    {
        var (sessions, _, _) = fits.EstimationSessions(d0);
        var residualSum = new double[sessions.Length];
        var residualCount = new int[sessions.Length];
        double carSum = 0;
        var n = 0;
        foreach (var s in stocks)
        {
            var y = fits.Returns[fits.Symbols[s]];
            var fit = fits.Fit(y, sessions);
            if (fit.Observations < fits.Options.MinObservations || !fit.Solved) continue;
            double car = 0;
            var complete = true;
            for (var o = window.Start; o <= window.End && complete; o++)
            {
                var ar = fits.Abnormal(y, d0 + o, fit);
                if (double.IsNaN(ar)) complete = false;
                else car += ar;
            }
            if (!complete) continue;
            carSum += car;
            n++;
            for (var k = 0; k < sessions.Length; k++)
            {
                var e = fits.Abnormal(y, sessions[k], fit);
                if (double.IsNaN(e)) continue;
                residualSum[k] += e;
                residualCount[k]++;
            }
        }
        if (n == 0) return null;
        var series = new List<double>(sessions.Length);
        for (var k = 0; k < sessions.Length; k++)
            if (residualCount[k] > 0) series.Add(residualSum[k] / residualCount[k]);
        double sd = 0;
        if (series.Count >= 2)
        {
            var mean = series.Average();
            sd = Math.Sqrt(series.Sum(v => (v - mean) * (v - mean)) / (series.Count - 1));
        }
        var portfolioCar = carSum / n;
        var day = new EventDay(fits.Returns.Sessions[d0], [], []);
        return new PortfolioDay(day, n, portfolioCar, sd, series.Count, sd > 0 ? portfolioCar / (sd * Math.Sqrt(window.Length)) : double.NaN);
    }
}
