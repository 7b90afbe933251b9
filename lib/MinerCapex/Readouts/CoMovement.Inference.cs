using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

public sealed partial class CoMovement
{
    private CorrelationEvidence? _evidence;
    private RollingBand? _band;

    /// <summary>The block-bootstrap evidence of every period and change (computed once, on first use).</summary>
    public CorrelationEvidence Evidence => LazyInitializer.EnsureInitialized(ref _evidence, () => CorrelationEvidence.Of(_study.Returns, _study.Periods, Bootstrap));

    /// <summary>The rolling correlations' bootstrap band over the study window.</summary>
    public RollingBand Band => LazyInitializer.EnsureInitialized(ref _band,
        () => _study.Returns.RollingCorrelationBand(StudyBaskets.MinerIndex, RollingFactors, Window.Sessions, _study.Window, Bootstrap));

    /// <summary>"stationary block bootstrap, B = 2,000, seed 20251103, mean block 3.0 sessions (2024), …".</summary>
    public string BootstrapNote => $"stationary block bootstrap (Politis–Romano), B = {Bootstrap.Draws:N0} draws, seed {Bootstrap.Seed}, mean block length by Politis–White (2004, as corrected in 2009): "
        + string.Join(", ", Evidence.Periods.Select(p => $"{Numbers.Fixed(p.Draws.BlockLength, 1)} sessions in {p.Period.Label}"));

    /// <summary>Each period's correlations and partial correlations of the miner index, with their bootstrap intervals.</summary>
    public Readout BootstrapTable()
    {
        var table = ResultTable.Of(Evidence.Periods,
            new ResultColumn<PeriodCorrelations>("Period", p => p.Period.Label),
            new("n", p => p.Draws.Observations, Quantity.Count),
            new("Block", p => p.Draws.BlockLength, Quantity.Ratio, "Politis–White mean block length, sessions"),
            new("ρ bitcoin", p => p.Bitcoin.Estimate, Quantity.Correlation),
            new("95% CI", p => Verdicts.Interval(p.Bitcoin), Quantity.Text, "Block-bootstrap percentile interval"),
            new("ρ AI basket", p => p.AiBasket.Estimate, Quantity.Correlation),
            new("95% CI", p => Verdicts.Interval(p.AiBasket)),
            new("ρ Nasdaq-100", p => p.Market.Estimate, Quantity.Correlation),
            new("95% CI", p => Verdicts.Interval(p.Market)),
            new("partial ρ bitcoin | QQQ", p => p.BitcoinGivenMarket.Estimate, Quantity.Correlation, "Partial correlation given the Nasdaq-100"),
            new("95% CI", p => Verdicts.Interval(p.BitcoinGivenMarket)),
            new("partial ρ AI | QQQ", p => p.AiGivenMarket.Estimate, Quantity.Correlation, "Partial correlation given the Nasdaq-100"),
            new("95% CI", p => Verdicts.Interval(p.AiGivenMarket)));
        return Readout.Sentence(Markup.Of($"Intervals from a {BootstrapNote}."), table);
    }

    /// <summary>Within each period, the AI correlation against bitcoin's: Steiger's and Williams' tests and the bootstrap interval of the difference; Holm and BH over the periods.</summary>
    public Readout AiAgainstBitcoin()
    {
        var adjusted = Evidence.SteigerAdjusted;
        var rows = Evidence.Periods.Select((p, k) => (Period: p, Holm: adjusted.Holm[k], Bh: adjusted.BenjaminiHochberg[k])).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(PeriodCorrelations Period, double Holm, double Bh)>("Period", r => r.Period.Period.Label),
            new("ρ AI basket", r => r.Period.AiBasket.Estimate, Quantity.Correlation),
            new("ρ bitcoin", r => r.Period.Bitcoin.Estimate, Quantity.Correlation),
            new("ρ AI basket ↔ bitcoin", r => r.Period.Steiger.Between, Quantity.Correlation),
            new("Difference", r => r.Period.AiMinusBitcoin.Estimate, Quantity.Correlation),
            new("95% CI", r => Verdicts.Interval(r.Period.AiMinusBitcoin), Quantity.Text, "Block-bootstrap percentile interval of the difference"),
            new("Steiger z", r => r.Period.Steiger.SteigerZ, Quantity.Statistic, "Steiger (1980) Z*; positive when the AI correlation is the larger"),
            new("p", r => r.Period.Steiger.SteigerP, Quantity.P),
            new("Holm p", r => r.Holm, Quantity.P, "Holm-adjusted; the family is this table's rows"),
            new("BH q", r => r.Bh, Quantity.P, "Benjamini–Hochberg q; the family is this table's rows"),
            new("Williams t", r => r.Period.Steiger.WilliamsT, Quantity.Statistic, "Williams' T2, n − 3 df"),
            new("p (t)", r => r.Period.Steiger.WilliamsP, Quantity.P));
        return Readout.Sentence(Markup.Of($"Both correlations share the miner index, so they are compared by a test for dependent correlations; {Wording.List(Evidence.Periods.Select(Verdicts.AiAgainstBitcoin).ToList())}. "
            + $"Holm and Benjamini–Hochberg adjust the table's {rows.Count} p-values as one family."), table);
    }

    /// <summary>Every tracked statistic's change between the compared periods, with its bootstrap test, TOST and the Holm and BH adjustments over the table.</summary>
    public Readout ChangeTests()
    {
        var adjusted = Evidence.ChangeAdjusted;
        var rows = Evidence.Changes.Select((c, k) => (Change: c, Holm: adjusted.Holm[k], Bh: adjusted.BenjaminiHochberg[k])).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(CorrelationChange Change, double Holm, double Bh)>("Statistic", r => r.Change.Statistic.Label),
            new("Periods", r => r.Change.Label),
            new("Change", r => r.Change.Change.Estimate, Quantity.Correlation),
            new("95% CI", r => Verdicts.Interval(r.Change.Change), Quantity.Text, "Block-bootstrap percentile interval of the change"),
            new("Bootstrap z", r => r.Change.Z, Quantity.Statistic, "Change / bootstrap standard error"),
            new("p", r => r.Change.P, Quantity.P),
            new("Holm p", r => r.Holm, Quantity.P, "Holm-adjusted; the family is this table's rows"),
            new("BH q", r => r.Bh, Quantity.P, "Benjamini–Hochberg q; the family is this table's rows"),
            new($"TOST p (±{Numbers.Fixed(CorrelationEvidence.Margin, 2)})", r => r.Change.Equivalence.P, Quantity.P, "Two one-sided tests that the change lies within the margin"),
            new("Verdict", r => Verdicts.Of(r.Change) switch { ChangeVerdict.Rose => "rose", ChangeVerdict.Fell => "fell", ChangeVerdict.Held => "held", _ => "undetermined" }));
        var sentences = Evidence.Compared.Select(change =>
        {
            var (from, to) = (change.From, change.To);
            return Markup.Of($"From {from.Label} to {to.Label}, the miner index's correlation with bitcoin {Verdicts.Change(Evidence.Change(change, CorrelationStatistic.WithBitcoin))}, "
                + $"and with the AI basket it {Verdicts.Change(Evidence.Change(change, CorrelationStatistic.WithAiBasket))}.");
        });
        return Readout.Paragraphs(sentences.Append(Markup.Of(
            $"The verdict is decided per row at 5% on the raw p; Holm and Benjamini–Hochberg adjust the table's {rows.Count} p-values as one family. \"Held\" needs the equivalence test (TOST) to reject a change of ±{Numbers.Fixed(CorrelationEvidence.Margin, 2)} or more.")), table);
    }

    /// <summary>The controls: the partial correlations given the Nasdaq-100 and the Forbes–Rigobon volatility-adjusted changes, as robustness rows.</summary>
    public Readout Controls()
    {
        var adjusted = Inference.MultipleTesting.Adjust(Evidence.VolatilityAdjusted.Select(c => c.P).ToList());
        var rows = Evidence.VolatilityAdjusted.Select((c, k) => (Change: c, Holm: adjusted.Holm[k])).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(CorrelationChange Change, double Holm)>("Statistic", r => r.Change.Statistic.Label),
            new("Periods", r => r.Change.Label),
            new("Change", r => r.Change.Change.Estimate, Quantity.Correlation, "Later correlation rescaled to the earlier period's factor variance, minus the earlier correlation"),
            new("95% CI", r => Verdicts.Interval(r.Change.Change)),
            new("p", r => r.Change.P, Quantity.P),
            new("Holm p", r => r.Holm, Quantity.P, "Holm-adjusted; the family is this table's rows"));
        var partials = Wording.List(Evidence.Periods.Select(p => Markup.Of($"{Verdicts.Estimate(p.AiGivenMarket)} in {p.Period.Label}")).ToList());
        var changes = Evidence.Compared.Select(c => Markup.Of(
            $"From {c.From.Label} to {c.To.Label} it {Verdicts.Change(Evidence.Change(c, CorrelationStatistic.AiGivenMarket))}; "
            + $"the AI correlation's change adjusted for the AI basket's variance (Forbes–Rigobon) is {Verdicts.Estimate(AdjustedAi(c))}."));
        return Readout.Paragraphs(new[] { Markup.Of($"Given the Nasdaq-100, the miner index's partial correlation with the AI basket was {partials}.") }.Concat(changes)
            .Append(Markup.Text("The Forbes–Rigobon adjustment assumes no common shock and no feedback; it is a robustness row, not the headline.")), table);
    }

    private BootstrapInterval AdjustedAi(PeriodChange c) =>
        Evidence.VolatilityAdjusted.Single(v => v.From == c.From && v.To == c.To && v.Statistic.Label.Contains("AI", StringComparison.Ordinal)).Change;

    /// <summary>The miner index's correlation with each factor in every period, with the bootstrap intervals.</summary>
    public ChartFigure FactorIntervals()
    {
        var periods = Evidence.Periods;
        var statistics = new (string Factor, Func<PeriodCorrelations, BootstrapInterval> Of)[] { (Factors.Bitcoin, p => p.Bitcoin), (Factors.AiBasket, p => p.AiBasket), (Factors.Market, p => p.Market) };
        return IntervalBarChart.Grouped(statistics.Select(s => Factors.Title(s.Factor)).ToList(),
            periods.Select((p, k) => new IntervalSeries(p.Period.Label, statistics.Select(s => s.Of(p).Estimate).ToList(), statistics.Select(s => s.Of(p).Lower).ToList(),
                statistics.Select(s => s.Of(p).Upper).ToList(), PeriodColors[k % PeriodColors.Length])),
            "Correlation of the miner index's daily returns with each factor, with block-bootstrap 95% intervals", "Pearson ρ of daily log returns", "Factor", ".2f");
    }

    private static readonly string[] PeriodColors = ["#adb5bd", ChartStyle.Colors.Miners, "#212529", "#868e96"];

    private ChartSeries Banded(int j, bool upper, string name, string? color) =>
        new ChartSeries(name, _study.Returns.Sessions, upper ? Band.Upper[j] : Band.Lower[j], color, "dot").Between(_study.Start, _study.End);

    /// <summary>The rolling correlations with their bootstrap bands (dotted), with the news marked.</summary>
    public ChartFigure RollingBandChart() => TimeSeriesChart.Create(
        [Rolled(Factors.Bitcoin, $"with bitcoin ({Window.Label})", ChartStyle.Colors.Bitcoin), Rolled(Factors.AiBasket, $"with the AI capex basket ({Window.Label})", ChartStyle.Colors.AiBasket),
         Banded(0, false, "bitcoin: 2.5%", ChartStyle.Colors.Bitcoin), Banded(0, true, "bitcoin: 97.5%", ChartStyle.Colors.Bitcoin),
         Banded(1, false, "AI basket: 2.5%", ChartStyle.Colors.AiBasket), Banded(1, true, "AI basket: 97.5%", ChartStyle.Colors.AiBasket)],
        $"Rolling {Window.Sessions}-session correlation of the miner index, with block-bootstrap 95% bands", "Pearson ρ over the window", events: EventMarker.From(_study.News));
}
