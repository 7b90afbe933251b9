using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

public sealed partial class FactorExposure
{
    /// <summary>The most breaks the Bai–Perron search considers.</summary>
    public const int MaxBreaks = 3;

    private BaiPerronResult? _baiPerron;

    /// <summary>Bai–Perron breaks of the miner index's three-factor regression over the study window, m = 0..<see cref="MaxBreaks"/>, regimes at least ⌊trim · n⌋ sessions.</summary>
    public BaiPerronResult MultipleBreaks => LazyInitializer.EnsureInitialized(ref _baiPerron,
        () => _study.Returns.BaiPerronBreaks(Indices.StudyBaskets.MinerIndex, StudySetup.Factors, _study.Window, MaxBreaks, Trim));

    /// <summary>
    /// The partition the chart and the sentence date: the sequential test's choice, or the one-break partition
    /// (shown as not selected) when the test adds no break.
    /// </summary>
    private BreakPartition Dated => MultipleBreaks.WithBreaks(Math.Max(1, MultipleBreaks.SequentialBreaks));

    private static string NextVerdict(int breaks, double statistic, SupFCriticalValue? critical) =>
        double.IsNaN(statistic) ? "no regime long enough for another break"
        : critical is not { } c ? "no tabulated critical value"
        : c.Level(statistic) switch
        {
            0.01 => $"m = {breaks + 1} preferred at 1%",
            0.05 => $"m = {breaks + 1} preferred at 5%",
            0.10 => $"m = {breaks} not rejected at 5% (rejected at 10% only)",
            _ => $"m = {breaks} not rejected at 10%",
        };

    /// <summary>
    /// The Bai–Perron selection of the number of breaks (SSR, BIC, LWZ and the sequential sup-F(ℓ+1|ℓ) with its critical
    /// values, per m) and every partition's break dates with their 95% intervals and the news near each date.
    /// </summary>
    public Readout MultipleBreakTests()
    {
        var r = MultipleBreaks;
        var selection = ResultTable.Of(r.Partitions,
            new ResultColumn<BreakPartition>("m", p => p.Count, Quantity.Count, "Number of breaks"),
            new("SSR", p => p.Ssr, Quantity.Coefficient, "Sum of squared residuals of the best partition with m breaks"),
            new("BIC", p => p.Bic, Quantity.Statistic, "strucchange's BIC: n(log SSR + 1 − log n + log 2π) + log(n)(k + 1)(m + 1)"),
            new("LWZ", p => p.Lwz, Quantity.Coefficient, "Liu–Wu–Zidek (1997) criterion"),
            new("sup-F(m+1|m)", p => Next(p)?.Statistic, Quantity.Statistic, "Bai–Perron: one more break inside a regime of the m-break partition (F × q scale)"),
            new("Newey–West", p => Next(p)?.RobustStatistic, Quantity.Statistic, "The same test with Newey–West covariance, at each regime's SSR-minimising date (Bai–Perron 2003, robust = 1)"),
            new("5% c.v.", p => Next(p)?.Critical?.FivePercent, Quantity.Statistic, $"Bai and Perron (2003), ε = {Numbers.Fixed(Trim, 2)}, q = {r.Coefficients}"),
            new("1% c.v.", p => Next(p)?.Critical?.OnePercent, Quantity.Statistic),
            new("Verdict", p => Next(p) is { } t ? NextVerdict(t.Breaks, t.Statistic, t.Critical) : ""),
            new("Newey–West verdict", p => Next(p) is { } t ? NextVerdict(t.Breaks, t.RobustStatistic, t.Critical) : ""),
            new("Chosen by", p => Choosers(p.Count)));
        var dates = (from p in r.Partitions.Skip(1) from i in p.Intervals.Select((v, j) => (Interval: v, Date: p.Sessions[j])) select (Partition: p, i.Interval, i.Date)).ToList();
        var table = ResultTable.Of(dates,
            new ResultColumn<(BreakPartition Partition, BreakDateInterval? Interval, DateOnly Date)>("m", d => d.Partition.Count, Quantity.Count),
            new("Break session", d => d.Date, Quantity.Date, "First session of the new regime"),
            new("95% from", d => d.Interval?.LowerSession, Quantity.Date, "Bai (1997) interval as strucchange's confint: regressors and error variance may differ across the break"),
            new("95% to", d => d.Interval?.UpperSession, Quantity.Date),
            new("Catalog events in the interval", d => d.Interval is { } i ? EventsBetween(i.LowerSession, i.UpperSession).Count() : (int?)null, Quantity.Count),
            new("News within 5 sessions", d => Markup.Join("; ", Near(d.Date, 5).Select(e => Markup.Of($"{Numbers.Date(e.FirstSession)} {Markup.Event(e)}")))));
        return Readout.Sentence(MultipleBreakSentence(), selection, table);
    }

    private NextBreakTest? Next(BreakPartition p) => p.Count < MultipleBreaks.NextBreakTests.Count ? MultipleBreaks.NextBreakTests[p.Count] : null;

    private string Choosers(int m)
    {
        var r = MultipleBreaks;
        var by = new List<string>();
        if (r.BicBreaks == m) by.Add("BIC");
        if (r.LwzBreaks == m) by.Add("LWZ");
        if (r.SequentialBreaks == m) by.Add("sequential sup-F (classical)");
        if (r.RobustSequentialBreaks == m) by.Add("sequential sup-F (Newey–West)");
        return string.Join("; ", by);
    }

    private IEnumerable<MarketEvent> EventsBetween(DateOnly from, DateOnly to) => _study.Data.Events.Where(e => e.FirstSession >= from && e.FirstSession <= to);

    private Markup MultipleBreakSentence()
    {
        var r = MultipleBreaks;
        var bic = r.WithBreaks(r.BicBreaks);
        var rival = r.Partitions.Where(p => p.Count != r.BicBreaks).MinBy(p => p.Bic)!;
        var bicClause = Markup.Of(
            $"BIC picks {Markup.Bold(Breaks(r.BicBreaks))} (BIC {Numbers.Fixed(bic.Bic, 2)} against {Numbers.Fixed(rival.Bic, 2)} for {Breaks(rival.Count)}), and LWZ picks {Breaks(r.LwzBreaks)}");
        var seq = r.SequentialBreaks;
        var steps = r.NextBreakTests.Take(Math.Min(seq + 1, r.NextBreakTests.Count)).Select(t => double.IsNaN(t.Statistic)
            ? Markup.Of($"sup-F({t.Breaks + 1}|{t.Breaks}) has no regime long enough to test")
            : Markup.Of($"sup-F({t.Breaks + 1}|{t.Breaks}) = {Markup.Bold(Numbers.Fixed(t.Statistic, 2))} {(t.RejectsAtFivePercent ? "exceeds" : "stays below")} its 5% critical value {Numbers.Fixed(t.Critical?.FivePercent ?? double.NaN, 2)}")).ToList();
        var stop = seq == r.NextBreakTests.Count ? $"up to the {MaxBreaks} searched"
            : seq == 0 ? "so no break is shown (which does not show that there is none)"
            : $"so it stops at {Breaks(seq)} (a further break is not shown, which does not show that there is none)";
        var dated = Dated;
        var chosen = seq == 0 ? "The best single break (which the sequential test does not keep)" : $"The {Breaks(seq)} the sequential test keeps";
        var when = Wording.List(dated.Sessions.Select((d, i) => Markup.Of($"{Markup.Bold(Numbers.Date(d))} ({IntervalText(dated.Intervals[i])})")).ToList());
        return Markup.Of(
            $"Over {_study.Window.Label}, with regimes of at least {r.MinimumSegment} sessions, {bicClause}. "
            + $"The sequential test (Bai–Perron 2003 critical values, q = {r.Coefficients}, ε = {Numbers.Fixed(Trim, 2)}, 5% level) picks {Markup.Bold(Breaks(seq))}: "
            + $"{Wording.List(steps)}, {stop}. {RobustClause()} {chosen} {(dated.Count == 1 ? "falls" : "fall")} at {when}.");
    }

    // The Newey–West sequence, step by step up to where it stops, and whether it agrees with the classical one.
    private Markup RobustClause()
    {
        var r = MultipleBreaks;
        var robust = r.RobustSequentialBreaks;
        var steps = r.NextBreakTests.Take(Math.Min(robust + 1, r.NextBreakTests.Count)).Select(t => Markup.Of(
            $"sup-F({t.Breaks + 1}|{t.Breaks}) = {Markup.Bold(Numbers.Fixed(t.RobustStatistic, 2))}")).ToList();
        var agree = robust == r.SequentialBreaks ? "the same choice" : "a different choice";
        return Markup.Of($"With Newey–West covariance the sequence reads {Wording.List(steps)}; it picks {Markup.Bold(Breaks(robust))}, {agree}.");
    }

    private static string Breaks(int m) => m == 0 ? "no break" : $"{m} {Wording.Plural(m, "break")}";

    private static string IntervalText(BreakDateInterval? i) => i is null ? "no interval: strucchange's condition on P(argmax ≤ 0) fails"
        : $"95% interval {Numbers.Date(i.LowerSession)} to {Numbers.Date(i.UpperSession)}";

    /// <summary>The miner index's rolling betas with the dated Bai–Perron breaks as solid lines and their 95% intervals as shaded bands, beside the catalog's news.</summary>
    public ChartFigure MultipleBreaksChart()
    {
        var chart = RollingChart($"Rolling {Window}-session betas of the miner index with its Bai–Perron breaks and their 95% intervals");
        var dated = Dated;
        var label = MultipleBreaks.SequentialBreaks == 0 ? "best single break (not kept by the sequential test)" : "Bai–Perron break";
        for (var i = 0; i < dated.Count; i++)
        {
            if (dated.Intervals[i] is { } interval) chart.WithVerticalBand(interval.LowerSession, interval.UpperSession);
            chart.WithVerticalLine(dated.Sessions[i], $"{label} {Numbers.Date(dated.Sessions[i])}");
        }
        return chart;
    }
}
