using MinerCapex.EventStudies;

namespace MinerCapex.Charts;

/// <summary>
/// An event study's pooled mean CARs as grouped bars: one bar per event pool and stock group, with the 95%
/// interval of the mean (<see cref="CarIntervals.MeanCarInterval"/>) and the pool's size and BMP t on hover.
/// </summary>
public static class PooledCarChart
{
    /// <summary>Draws the pooled mean CAR of each group (a colour each) for each pool (an x category) over <paramref name="window"/>.</summary>
    /// <param name="study">A finished event study.</param>
    /// <param name="pools">Pool names, e.g. <c>ai</c>, <c>btc</c>; a pool without events leaves its bars out.</param>
    /// <param name="groups">Group names with their colours, e.g. <c>("miners", ChartStyle.Colors.Miners)</c>.</param>
    /// <param name="window">One of the study's event windows.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="source">Source line under the chart.</param>
    public static ChartFigure Create(
        EventStudyResult study, IReadOnlyList<string> pools, IEnumerable<(string Group, string Color)> groups, EventWindow window,
        string title, string? source = ChartStyle.DefaultSource)
    {
        ArgumentNullException.ThrowIfNull(study);
        IntervalSeries Bars(string group, string color)
        {
            var tests = pools.Select(p => study.PooledTest(p, group, window)).ToList();
            var ci = tests.Select(t => t?.MeanCarInterval() ?? (null, null)).ToList();
            return new IntervalSeries(group,
                tests.Select(t => t?.MeanCar ?? double.NaN).ToList(),
                ci.Select(c => c.Lower ?? double.NaN).ToList(),
                ci.Select(c => c.Upper ?? double.NaN).ToList(),
                color,
                tests.Select(t => t is null ? "no events" : FormattableString.Invariant($"n = {t.N}, BMP t = {t.BmpT:F2}")).ToList());
        }
        return IntervalBarChart.Grouped(pools, groups.Select(g => Bars(g.Group, g.Color)).ToList(), title,
            $"Mean CAR {window} (log return)", "Event pool", source: source);
    }
}
