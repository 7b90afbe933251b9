using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>
/// How the miners co-move with bitcoin, the AI capex basket and the Nasdaq-100 (notebook 2): correlation matrices
/// of every period, Fisher z tests of each change (<see cref="StudySetup.Changes"/>), correlation by quarter, rolling and exponentially weighted
/// correlation, and miner-by-miner changes, each as a chart or a read-out.
/// </summary>
public sealed partial class CoMovement
{
    private static readonly string[] Compared = [StudyBaskets.MinerIndex, StudyBaskets.AiPivotIndex, StudyBaskets.BtcCentricIndex, "WGMI"];
    private static readonly string[] RollingFactors = [Factors.Bitcoin, Factors.AiBasket];

    private readonly StudySetup _study;
    private readonly Dictionary<Period, Lazy<CorrelationMatrix>> _matrices;
    private readonly Lazy<IReadOnlyList<RegimeComparison>> _comparisons;
    private readonly Lazy<RelationTable> _rolling;
    private readonly Lazy<RelationTable> _weighted;

    private CoMovement(StudySetup study, int window, double halfLife)
    {
        _study = study;
        Window = RollingScheme.Window(window);
        HalfLife = RollingScheme.HalfLife(halfLife);
        var returns = study.Returns;
        _matrices = study.Periods.ToDictionary(p => p, p => new Lazy<CorrelationMatrix>(() => returns.CorrelationMatrix(HeatmapSymbols, p)));
        _comparisons = new(() => (from s in Compared from f in StudySetup.Factors from c in study.Changes select Compare(s, f, c)).ToList());
        _rolling = new(() => returns.RollingRelations([StudyBaskets.MinerIndex], RollingFactors, Window));
        _weighted = new(() => returns.RollingRelations([StudyBaskets.MinerIndex], RollingFactors, HalfLife));
    }

    /// <summary>The co-movement analysis with a rolling window of <paramref name="window"/> sessions and an exponential half-life of <paramref name="halfLife"/> sessions.</summary>
    /// <remarks>The block bootstrap draws <paramref name="draws"/> replicates from <paramref name="seed"/>.</remarks>
    public static CoMovement Of(StudySetup study, int window = 60, double halfLife = 30, int draws = 2000, int seed = Inference.StudyRandom.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new CoMovement(study, window, halfLife) { Bootstrap = new BootstrapOptions(draws, seed) };
    }

    /// <summary>The block bootstrap's draws and seed.</summary>
    public BootstrapOptions Bootstrap { get; private init; } = BootstrapOptions.Default;

    /// <summary>The rolling window.</summary>
    public WindowScheme Window { get; }

    /// <summary>The exponential weighting.</summary>
    public HalfLifeScheme HalfLife { get; }

    /// <summary>The symbols of the heatmaps: miners, their index, bitcoin and ether, the AI basket, neoclouds and benchmarks.</summary>
    public IReadOnlyList<string> HeatmapSymbols => _study.Data.SymbolsIn(SymbolGroup.Miner)
        .Concat([StudyBaskets.MinerIndex, "BTC-USD", "ETH-USD", StudyBaskets.AiCapexIndex])
        .Concat(_study.Data.SymbolsIn(SymbolGroup.Neocloud)).Concat(_study.Data.SymbolsIn(SymbolGroup.Benchmark)).ToList();

    /// <summary>The correlations of <paramref name="period"/>, one of the study's periods.</summary>
    /// <exception cref="KeyNotFoundException">The period is not one of the study's.</exception>
    public CorrelationMatrix Matrix(Period period) => _matrices[period].Value;

    /// <summary>The heatmap of <paramref name="period"/>'s correlations.</summary>
    public ChartFigure Heatmap(Period period) => HeatmapChart.Correlation(HeatmapSymbols, Matrix(period).ToArray(), $"Correlation of daily log returns, {period.Label}");

    /// <summary>The heatmap of one change: the later period's correlations minus the earlier's.</summary>
    public ChartFigure HeatmapChange(PeriodChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return HeatmapChart.Difference(HeatmapSymbols, Matrix(change.From).ToArray(), Matrix(change.To).ToArray(),
            $"Change in correlation, {change.To.Label} minus {change.From.Label}");
    }

    /// <summary>Every period's correlation heatmap in one figure, in time order.</summary>
    public ChartFigure Heatmaps() => HeatmapChart.CorrelationPanels(HeatmapSymbols,
        _study.Periods.Select(p => (p.Label, Matrix(p).ToArray())).ToList(), $"Correlation of daily log returns, {string.Join(", ", _study.Periods.Select(p => p.Label))}");

    /// <summary>The change heatmap of every change the study tests, in one figure, on one scale.</summary>
    public ChartFigure HeatmapChanges() => HeatmapChart.DifferencePanels(HeatmapSymbols,
        _study.Changes.Select(c => ($"{c.To.Label} minus {c.From.Label}", Matrix(c.From).ToArray(), Matrix(c.To).ToArray())).ToList(), "Change in correlation between periods");

    private Markup Path(Func<CorrelationMatrix, double> value) =>
        Markup.Join(" → ", _study.Periods.Select(p => Markup.Bold(Numbers.Fixed(value(Matrix(p)), 2))));

    /// <summary>The average single miner's and the index's correlations with each factor, period by period.</summary>
    public Readout MeanCorrelations()
    {
        double Mean(CorrelationMatrix m, string other) => _study.Miners.Average(s => m[s, other]);
        const string idx = StudyBaskets.MinerIndex, ai = Factors.AiBasket;
        var latest = Matrix(_study.Latest)[ai, Factors.Market];
        var periods = string.Join(", ", _study.Periods.Select(p => p.Label));
        return Readout.Sentence(Markup.Of(
            $"Over {periods}, the average correlation of a single miner with bitcoin went {Path(m => Mean(m, Factors.Bitcoin))}; "
            + $"with the AI capex basket it went {Path(m => Mean(m, ai))}, and with the Nasdaq-100 {Path(m => Mean(m, Factors.Market))}. "
            + $"The miner index itself correlated {Path(m => m[idx, Factors.Bitcoin])} with bitcoin and {Path(m => m[idx, ai])} with the AI basket. "
            + $"The AI basket and the Nasdaq-100 correlated {Markup.Bold(Numbers.Fixed(latest, 2))} in {_study.Latest.Label}{(latest >= 0.8 ? ", so a correlation with one is largely a correlation with the other" : "")}."));
    }

    /// <summary>The regime comparison of <paramref name="series"/> against <paramref name="factor"/> over one change: Fisher z of the correlations, Chow of the betas.</summary>
    public RegimeComparison Compare(string series, string factor, PeriodChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _study.Returns.CompareRegimes(series, factor, change.From, change.To);
    }

    /// <summary>The comparison of <paramref name="series"/> against <paramref name="factor"/> from the first period to the second (A → B).</summary>
    public RegimeComparison Compare(string series, string factor) => Compare(series, factor, _study.Changes[0]);

    /// <summary>The comparisons of the miner index, its halves and WGMI against each factor over every change, as a table with the index's verdicts.</summary>
    public Readout RegimeTests()
    {
        Markup Moves(string factor) => Markup.Join("; ", _study.Changes.Select(c =>
        {
            var x = Find(StudyBaskets.MinerIndex, factor, c);
            return Markup.Of($"{c.Label} from {Markup.Bold(Numbers.Fixed(x.First.Correlation, 2))} to {Markup.Bold(Numbers.Fixed(x.Second.Correlation, 2))}, {Wording.Verdict(x.CorrelationTest)}");
        }));
        var sentence = Markup.Of(
            $"By the classical Fisher z test, which treats the sessions as independent, the miner index's correlation with bitcoin moved {Moves(Factors.Bitcoin)}. "
            + $"Its correlation with the AI basket moved {Moves(Factors.AiBasket)}. "
            + $"Daily returns cluster in volatility, so these p-values are optimistic; the verdicts of this study come from the block bootstrap below. "
            + $"Holm and Benjamini–Hochberg adjust all {2 * _comparisons.Value.Count} p-values of the table (Fisher and Chow) as one family.");
        return Readout.Sentence(sentence, RegimeTable(_comparisons.Value));
    }

    /// <summary>Regime comparisons as a table, one row per series, factor and change: both correlations, Fisher z and p, both betas and the Chow p.</summary>
    /// <remarks>Holm and Benjamini–Hochberg columns adjust every p-value of the table, Fisher and Chow, as one family.</remarks>
    public ResultTable RegimeTable(IEnumerable<RegimeComparison> comparisons)
    {
        var list = comparisons.ToList();
        var adjusted = Inference.MultipleTesting.Adjust(list.Select(c => c.CorrelationTest.P).Concat(list.Select(c => c.BetaTest.P)).ToList());
        var n = list.Count;
        return ResultTable.Of(list.Select((c, k) => (c, k)),
            new ResultColumn<(RegimeComparison c, int k)>("Series", r => r.c.First.Symbol),
            new("Factor", r => Factors.Title(r.c.First.Factor)),
            new("Change", r => $"{r.c.First.Period.Label} → {r.c.Second.Period.Label}"),
            new("ρ before", r => r.c.First.Correlation, Quantity.Correlation, "Correlation in the earlier period of the change"),
            new("ρ after", r => r.c.Second.Correlation, Quantity.Correlation, "Correlation in the later period of the change"),
            new("Fisher z", r => r.c.CorrelationTest.Z, Quantity.Statistic, "Negative when the correlation rose; assumes independent sessions"),
            new("p (z)", r => r.c.CorrelationTest.P, Quantity.P),
            new("Holm p (z)", r => adjusted.Holm[r.k], Quantity.P, "Holm-adjusted; the family is every p-value of this table"),
            new("BH q (z)", r => adjusted.BenjaminiHochberg[r.k], Quantity.P, "Benjamini–Hochberg q; the family is every p-value of this table"),
            new("β before", r => r.c.First.Beta, Quantity.Beta),
            new("β after", r => r.c.Second.Beta, Quantity.Beta),
            new("p (Chow)", r => r.c.BetaTest.P, Quantity.P, "Chow test of equal intercept and beta in both periods of the change"),
            new("Holm p (Chow)", r => adjusted.Holm[n + r.k], Quantity.P, "Holm-adjusted; the family is every p-value of this table"),
            new("BH q (Chow)", r => adjusted.BenjaminiHochberg[n + r.k], Quantity.P, "Benjamini–Hochberg q; the family is every p-value of this table"));
    }

    /// <summary>The quarters of [start, end].</summary>
    public IReadOnlyList<Period> Quarters => Period.Quarters(_study.Returns.Sessions).Where(q => q.To >= _study.Start && q.From <= _study.End).ToList();

    private RegimeTable ByQuarter() => _study.Returns.RegimeTable([StudyBaskets.MinerIndex], StudySetup.Factors, Quarters);

    /// <summary>The miner index's correlation with each factor, quarter by quarter.</summary>
    public ChartFigure QuarterChart()
    {
        var table = ByQuarter();
        return BarChart.Grouped(Quarters.Select(q => q.Label).ToList(),
            StudySetup.Factors.Select(f => new BarSeries(Factors.Title(f), table.Rows.Where(r => r.Factor == f).Select(r => r.Correlation).ToList(), Factors.Color(f))),
            "Miner index: correlation with each factor, by quarter", "Pearson ρ", "Calendar quarter");
    }

    /// <summary>The quarters in which the AI basket correlated more with the miner index than bitcoin did.</summary>
    public Readout QuartersAhead()
    {
        var table = ByQuarter();
        double R(Period q, string f) => table.Rows.Single(r => r.Period == q && r.Factor == f).Correlation;
        var ahead = Quarters.Where(q => R(q, Factors.AiBasket) > R(q, Factors.Bitcoin)).Select(q => q.Label).ToList();
        return Readout.Sentence(Markup.Of(
            $"The AI basket's correlation with the miner index exceeded bitcoin's in {Markup.Bold(ahead.Count.ToString())} of {Quarters.Count} quarters: {(ahead.Count == 0 ? "none" : string.Join(", ", ahead))}."));
    }

    private ChartSeries Rolled(string factor, string name, string? color = null) =>
        new ChartSeries(name, _study.Returns.Sessions, _rolling.Value[StudyBaskets.MinerIndex, factor].Correlation, color).Between(_study.Start, _study.End);

    private ChartSeries Weighted(string factor, string name, string? color = null) =>
        new ChartSeries(name, _study.Returns.Sessions, _weighted.Value[StudyBaskets.MinerIndex, factor].Correlation, color, "dot").Between(_study.Start, _study.End);

    /// <summary>The rolling correlation of the miner index with bitcoin and the AI basket, with the news marked.</summary>
    public ChartFigure RollingChart() => TimeSeriesChart.Create(
        [Rolled(Factors.Bitcoin, $"with bitcoin ({Window.Label})", ChartStyle.Colors.Bitcoin), Rolled(Factors.AiBasket, $"with the AI capex basket ({Window.Label})", ChartStyle.Colors.AiBasket)],
        $"Rolling {Window.Sessions}-session correlation of the miner index", "Pearson ρ over the window", events: EventMarker.From(_study.News));

    /// <summary>The same rolling correlation over [start, end] without markers, titled for a summary.</summary>
    public ChartFigure RollingSummaryChart() => TimeSeriesChart.Create(
        [Rolled(Factors.Bitcoin, $"with bitcoin ({Window.Sessions} sessions)", ChartStyle.Colors.Bitcoin),
         Rolled(Factors.AiBasket, $"with the AI capex basket ({Window.Sessions} sessions)", ChartStyle.Colors.AiBasket)],
        $"Rolling {Window.Sessions}-session correlation of the miner index, {_study.Window.Label}", "Pearson ρ over the window");

    /// <summary>The rolling correlation against the exponentially weighted one.</summary>
    public ChartFigure WeightedChart() => TimeSeriesChart.Create(
        [Rolled(Factors.Bitcoin, $"with bitcoin ({Window.Label})", ChartStyle.Colors.Bitcoin), Weighted(Factors.Bitcoin, $"with bitcoin ({HalfLife.Label})", ChartStyle.Colors.Bitcoin),
         Rolled(Factors.AiBasket, $"with the AI basket ({Window.Label})", ChartStyle.Colors.AiBasket), Weighted(Factors.AiBasket, $"with the AI basket ({HalfLife.Label})", ChartStyle.Colors.AiBasket)],
        "Rolling against exponentially weighted correlation of the miner index", "Pearson ρ");

    private (ChartSeries Btc, ChartSeries Ai, List<int> Both) RollingPair()
    {
        var btc = Rolled(Factors.Bitcoin, "");
        var ai = Rolled(Factors.AiBasket, "");
        var both = Enumerable.Range(0, btc.Dates.Count).Where(i => !double.IsNaN(btc.Values[i]) && !double.IsNaN(ai.Values[i])).ToList();
        return (btc, ai, both);
    }

    /// <summary>How many sessions the AI basket led, per period, and bitcoin's rolling low.</summary>
    public Readout RollingLeads()
    {
        var (btc, ai, both) = RollingPair();
        var ahead = both.Where(i => ai.Values[i] > btc.Values[i]).ToList();
        Markup Ahead(Period p) => Markup.Of($"{Markup.Bold($"{ahead.Count(i => p.Contains(ai.Dates[i]))} of {both.Count(i => p.Contains(ai.Dates[i]))}")} sessions of {p.Label}");
        var low = both.MinBy(i => btc.Values[i]);
        var first = ahead.Count > 0 ? Markup.Of($"; the first such session was {Numbers.Date(ai.Dates[ahead[0]])}") : Markup.Empty;
        return Readout.Sentence(Markup.Of(
            $"With a {Window.Sessions}-session window, the miner index correlated more with the AI basket than with bitcoin on {Wording.List(_study.Periods.Select(Ahead).ToList())}{first}. "
            + $"The rolling correlation with bitcoin reached its low, {Markup.Bold(Numbers.Fixed(btc.Values[low], 2))}, on {Numbers.Date(btc.Dates[low])}."));
    }

    /// <summary>Finding 2 of the summary: sessions the AI basket led in each period, bitcoin's low in period B and both ends.</summary>
    public Readout RollingFinding()
    {
        var (btc, ai, both) = RollingPair();
        Markup Ahead(Period p) => Markup.Of($"{Markup.Bold(both.Count(i => p.Contains(ai.Dates[i]) && ai.Values[i] > btc.Values[i]).ToString())} of the {both.Count(i => p.Contains(ai.Dates[i]))} sessions of {p.Label}");
        var firstAhead = both.FirstOrDefault(i => ai.Values[i] > btc.Values[i], -1);
        var low = both.Where(i => _study.Latest.Contains(btc.Dates[i])).MinBy(i => btc.Values[i]);
        var first = firstAhead >= 0 ? Markup.Of($", first on {Numbers.Date(ai.Dates[firstAhead])}") : Markup.Empty;
        return Readout.Sentence(Markup.Of(
            $"<b>2.</b> The AI basket's rolling correlation with the miner index exceeded bitcoin's on {Wording.List(_study.Periods.Select(Ahead).ToList())}{first}. "
            + $"The correlation with bitcoin reached its {_study.Latest.Label} low of {Markup.Bold(Numbers.Fixed(btc.Values[low], 2))} on {Numbers.Date(btc.Dates[low])} "
            + $"and stood at {Markup.Bold(Numbers.Fixed(btc.Values[both[^1]], 2))} at the end of the window, against {Markup.Bold(Numbers.Fixed(ai.Values[both[^1]], 2))} for the AI basket."));
    }

    /// <summary>The change from the first period to the last, the one a dumbbell's connector judges.</summary>
    private PeriodChange Overall => new(_study.Periods[0], _study.Latest);

    /// <summary>Each miner's correlation with <paramref name="factor"/> in every period; dark where the change from the first period to the last is significant.</summary>
    public ChartFigure Dumbbell(string factor)
    {
        var c = _study.Miners.Select(s => Compare(s, factor, Overall)).ToList();
        var periods = _study.Periods.Select(p => (p.Label, (IReadOnlyList<double>)_study.Miners.Select(s => _study.Returns.RegimeStatistics(s, factor, p).Correlation).ToList())).ToList();
        return DumbbellChart.Create(_study.Miners.Select(_study.WithSubgroup).ToList(), periods,
            c.Select(x => Wording.IsSignificant(x.CorrelationTest.P)).ToList(),
            $"Each miner's correlation with {Factors.Name(factor)}, {string.Join(", ", _study.Periods.Select(p => p.Label))}", "Pearson ρ of daily log returns",
            c.Select(x => $"{Overall.Label}: z = {Numbers.Fixed(x.CorrelationTest.Z, 2)}, {Numbers.PClause(x.CorrelationTest.P)}, n = {x.First.Observations} / {x.Second.Observations}").ToList());
    }

    /// <summary>
    /// Per sub-group, factor and change: how many miners' correlations fell, how many changes were significant, the
    /// mean change; with the halves' verdicts over the first change. The miners are grouped by their state at the end
    /// of the data (a per-miner count cannot follow a miner across groups); the dated halves are the indices.
    /// </summary>
    public Readout SubgroupSummary()
    {
        var perMiner = (from s in _study.Miners from f in RollingFactors from c in _study.Changes
                        select (Subgroup: _study.Data.Member(s).Subgroup!.Value.ToToken(), Factor: f, Change: c, Test: Compare(s, f, c))).ToList();
        var rows = perMiner.GroupBy(x => (x.Subgroup, x.Factor, x.Change)).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<IGrouping<(string Subgroup, string Factor, PeriodChange Change), (string Subgroup, string Factor, PeriodChange Change, RegimeComparison Test)>>("Sub-group at end", g => g.Key.Subgroup),
            new("Factor", g => Factors.Title(g.Key.Factor)),
            new("Change", g => g.Key.Change.Label),
            new("Miners", g => g.Count(), Quantity.Count),
            new("Fell", g => g.Count(x => x.Test.Second.Correlation < x.Test.First.Correlation), Quantity.Count),
            new("Significant", g => g.Count(x => Wording.IsSignificant(x.Test.CorrelationTest.P)), Quantity.Count, "Fisher z p < 0.05"),
            new("Mean ρ before", g => g.Average(x => x.Test.First.Correlation), Quantity.Correlation),
            new("Mean ρ after", g => g.Average(x => x.Test.Second.Correlation), Quantity.Correlation),
            new("Mean change", g => g.Average(x => x.Test.Second.Correlation - x.Test.First.Correlation), Quantity.Correlation));

        var first = _study.Changes[0];
        var (pivBtc, cenBtc) = (Find(StudyBaskets.AiPivotIndex, Factors.Bitcoin, first), Find(StudyBaskets.BtcCentricIndex, Factors.Bitcoin, first));
        var (pivAi, cenAi) = (Find(StudyBaskets.AiPivotIndex, Factors.AiBasket, first), Find(StudyBaskets.BtcCentricIndex, Factors.AiBasket, first));
        static double Change(RegimeComparison c) => c.Second.Correlation - c.First.Correlation;
        static Markup Shift(RegimeComparison c) => Markup.Of($"{Markup.Bold(Numbers.SignedFixed(Change(c), 2))} ({Numbers.PClause(c.CorrelationTest.P)})");
        var sentence = Markup.Of(
            $"From {first.Label}, against bitcoin, the {Markup.Code("ai_pivot")} index's correlation changed by {Shift(pivBtc)} and the {Markup.Code("btc_centric")} index's by {Shift(cenBtc)}. "
            + $"Against the AI basket, the changes were {Shift(pivAi)} and {Shift(cenAi)}. "
            + $"Comparing point estimates only (the difference between the two halves' changes is not tested here): "
            + $"{(Change(pivAi) - Change(cenAi) > 0 ? "the AI-pivot miners gained more correlation with the AI basket" : "the bitcoin-centric miners gained as much or more correlation with the AI basket")}, "
            + $"and {(Change(pivBtc) < Change(cenBtc) ? "lost more of their correlation with bitcoin" : "did not lose more of their correlation with bitcoin")}, than the others.");
        return Readout.Sentence(sentence, table);
    }

    /// <summary>The miner index's correlation with each factor in every period.</summary>
    public ChartFigure FactorBars()
    {
        var shades = new[] { "#ced4da", "#868e96", "#495057" };
        return BarChart.Grouped(StudySetup.Factors.Select(Factors.Title).ToList(),
            _study.Periods.Select((p, k) => new BarSeries(p.Label, StudySetup.Factors.Select(f => Matrix(p)[StudyBaskets.MinerIndex, f]).ToList(),
                k == _study.Periods.Count - 1 ? ChartStyle.Colors.Miners : shades[Math.Min(k, shades.Length - 1)])),
            "Correlation of the miner index's daily returns with each factor", "Pearson ρ of daily log returns", "Factor");
    }

    /// <summary>
    /// Finding 1 of the summary: the index's correlations with bitcoin and the AI basket in every period with their
    /// bootstrap intervals, each change's verdict (bootstrap test, or TOST for "held"), and the AI-against-bitcoin
    /// comparison of the last period (Steiger's test).
    /// </summary>
    public Readout IndexFinding()
    {
        var periods = Evidence.Periods;
        Markup Path(Func<PeriodCorrelations, BootstrapInterval> of) => Wording.List(periods.Select(p => Markup.Of($"{Verdicts.Estimate(of(p))} in {p.Period.Label}")).ToList());
        var changes = Evidence.Compared.Select(change =>
        {
            var (from, to) = (change.From, change.To);
            return Markup.Of($"From {from.Label} to {to.Label}, the bitcoin correlation {Verdicts.Change(Evidence.Change(change, CorrelationStatistic.WithBitcoin))} "
                + $"and the AI-basket correlation {Verdicts.Change(Evidence.Change(change, CorrelationStatistic.WithAiBasket))}.");
        }).ToList();
        return Readout.Sentence(Markup.Of(
            $"<b>1.</b> The miner index's correlation with bitcoin was {Path(p => p.Bitcoin)}; with the AI capex basket it was {Path(p => p.AiBasket)}. "
            + $"{Markup.Join(" ", changes)} In the last period, {Verdicts.AiAgainstBitcoin(periods[^1])}."),
            BootstrapTable().Tables[0]);
    }

    private RegimeComparison Find(string series, string factor, PeriodChange change) =>
        _comparisons.Value.Single(c => c.First.Symbol == series && c.First.Factor == factor && c.First.Period == change.From && c.Second.Period == change.To);
}
