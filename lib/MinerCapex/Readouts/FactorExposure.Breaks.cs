using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

public sealed partial class FactorExposure
{
    private IReadOnlyList<(string Label, SupWaldResult Scan)>? _hacScans;

    /// <summary>
    /// The miner index's HAC sup-Wald scans over the study window: a shift in all coefficients, in the bitcoin beta
    /// alone, and in the AI-basket beta alone.
    /// </summary>
    public IReadOnlyList<(string Label, SupWaldResult Scan)> HacScans => LazyInitializer.EnsureInitialized(ref _hacScans, () =>
        new (string Label, string[] Tested)[]
        {
            ("all coefficients", [OlsResult.Intercept, .. StudySetup.Factors]),
            ("the bitcoin beta alone", [Factors.Bitcoin]),
            ("the AI-basket beta alone", [Factors.AiBasket]),
        }.Select(s => (s.Label, _study.Returns.SupWaldScan(StudyBaskets.MinerIndex, StudySetup.Factors, s.Tested, _study.Window, Trim))).ToList());

    private static string HacLevel(SupWaldResult s) => s.Critical is not { } c ? "no tabulated critical value for this trim"
        : c.Level(s.SupWald) switch { 0.01 => "significant at 1%", 0.05 => "significant at 5%", 0.10 => "significant at 10% only", _ => "not significant at 10%" };

    /// <summary>The HAC sup-Wald tests of the miner index: statistic, Andrews' critical values for its number of restrictions, verdict, break session and the news near it.</summary>
    public Readout HacBreakTests()
    {
        var table = ResultTable.Of(HacScans,
            new ResultColumn<(string Label, SupWaldResult Scan)>("Shift tested", r => r.Label),
            new("q", r => r.Scan.Restrictions, Quantity.Count, "Restrictions: the coefficients allowed to shift"),
            new("sup-Wald", r => r.Scan.SupWald, Quantity.Statistic, "Newey–West Wald statistic, largest over the candidate sessions"),
            new("5% c.v.", r => r.Scan.Critical?.FivePercent, Quantity.Statistic, "Andrews (1993), 15% trimming, on the Wald scale (q × the F-scale value)"),
            new("1% c.v.", r => r.Scan.Critical?.OnePercent, Quantity.Statistic),
            new("Verdict", r => HacLevel(r.Scan)),
            new("Break session", r => r.Scan.BestBreak, Quantity.Date),
            new("News within 5 sessions", r => Markup.Join("; ", Near(r.Scan.BestBreak, 5).Select(e => Markup.Of($"{Numbers.Date(e.FirstSession)} {Markup.Event(e)}")))));
        return Readout.Sentence(HacSentence(), table);
    }

    private Markup HacSentence() => Markup.Of(
        $"With Newey–West covariance (lag {HacScans[0].Scan.Lag}), the sup-Wald test of a break in the miner index's regression over {_study.Window.Label} is "
        + $"{Wording.List(HacScans.Select(r => Markup.Of($"{Markup.Bold(Numbers.Fixed(r.Scan.SupWald, 2))} for {r.Label} ({HacLevel(r.Scan)}, at {Numbers.Date(r.Scan.BestBreak)})")).ToList())}.");

    /// <summary>The three HAC Wald scans over the candidate sessions, each with its 5% critical value, beside the news.</summary>
    public ChartFigure HacScanChart()
    {
        var colors = new[] { ChartStyle.Colors.Miners, ChartStyle.Colors.Bitcoin, ChartStyle.Colors.AiBasket };
        var chart = TimeSeriesChart.Create(HacScans.Select((r, k) => new ChartSeries(r.Label, r.Scan.Breaks, r.Scan.Wald, colors[k])),
            "Newey–West Wald statistic of a break at each candidate session, miner index", "Wald statistic (χ² scale)",
            events: EventMarker.From(_study.News), xTitle: "Candidate break session (first session of the second regime)");
        foreach (var (label, scan) in HacScans)
            if (scan.Critical is { } c) chart.WithHorizontalLine(c.FivePercent, $"5% critical value, {label} (q = {scan.Restrictions})");
        return chart;
    }
}
