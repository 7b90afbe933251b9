using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>
/// What explains a miner's day (notebook 3): the three-factor regression on bitcoin, the AI capex basket and the
/// Nasdaq-100 by period and rolling, the Shapley split of R², Chow tests at the split and the break-date scan.
/// </summary>
public sealed partial class FactorExposure
{
    private static readonly string NotExplainedColor = "#dee2e6";

    private readonly StudySetup _study;
    private readonly Dictionary<Period, Lazy<FactorRegressionTable>> _fits;
    private readonly Dictionary<PeriodChange, Lazy<IReadOnlyDictionary<string, ChowTestResult>>> _chow;
    private readonly Lazy<IReadOnlyList<ChowScanResult>> _scans;
    private readonly Lazy<IReadOnlyDictionary<string, RollingRegression>> _rolling;

    private FactorExposure(StudySetup study, int window, double trim)
    {
        _study = study;
        Window = window;
        Trim = trim;
        var returns = study.Returns;
        var series = StudySetup.Indices.Concat(study.Miners).ToList();
        _fits = study.Periods.ToDictionary(p => p, p => new Lazy<FactorRegressionTable>(() => returns.FactorRegressions(series, StudySetup.Factors, p, OlsOptions.NeweyWest())));
        _chow = study.Changes.ToDictionary(c => c, c => new Lazy<IReadOnlyDictionary<string, ChowTestResult>>(
            () => series.ToDictionary(s => s, s => returns.ChowTest(s, StudySetup.Factors, c.From, c.To))));
        _scans = new(() => StudySetup.Indices.Select(s => returns.ChowScan(s, StudySetup.Factors, study.Window, trim)).ToList());
        _rolling = new(() => StudySetup.Indices.ToDictionary(s => s, s => returns.RollingFactorRegression(s, StudySetup.Factors, window)));
    }

    /// <summary>The analysis with a rolling window of <paramref name="window"/> sessions and a break-date trim of <paramref name="trim"/>.</summary>
    public static FactorExposure Of(StudySetup study, int window = 120, double trim = 0.15)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new FactorExposure(study, window, trim);
    }

    /// <summary>Sessions in the rolling regression.</summary>
    public int Window { get; }

    /// <summary>Share of sessions kept out of the break-date search at each end.</summary>
    public double Trim { get; }

    /// <summary>The Newey–West fits of <paramref name="period"/>, one of the study's periods.</summary>
    /// <exception cref="KeyNotFoundException">The period is not one of the study's.</exception>
    public FactorRegressionTable Fits(Period period) => _fits[period].Value;

    /// <summary>The Newey–West fits of period A.</summary>
    public FactorRegressionTable FitsA => Fits(_study.PeriodA);

    /// <summary>The Newey–West fits of period B.</summary>
    public FactorRegressionTable FitsB => Fits(_study.PeriodB);

    // The change from the first period to the last: the one the sentences and dumbbells summarise.
    private PeriodChange Overall => new(_study.Periods[0], _study.Latest);

    // Every change the dumbbells and sentences use is one of the study's (the first-to-last one is among them).
    private IReadOnlyDictionary<string, ChowTestResult> Chow(PeriodChange change) => _chow[change].Value;

    private OlsCoefficient Beta(Period p, string series, string factor) => Fits(p)[series].Fit[factor];

    /// <summary>Shapley share of factor <paramref name="j"/> (in <see cref="StudySetup.Factors"/> order) of <paramref name="series"/>'s variance in <paramref name="period"/>.</summary>
    public double Share(string series, Period period, int j) => Fits(period)[series].Shares[j].Share;

    /// <summary>How many series were fitted per period, and which were skipped.</summary>
    public Readout Fitted()
    {
        var skipped = _study.Periods.SelectMany(p => Fits(p).Skipped.Select(s => $"{s.Symbol} in {p.Label} ({s.Reason})")).ToList();
        var note = skipped.Count > 0 ? "; skipped: " + string.Join("; ", skipped) : "";
        var fitted = Wording.List(_study.Periods.Select(p => Markup.Of($"{Fits(p).Results.Count} in {p.Label}")).ToList());
        return Readout.Sentence(Markup.Of($"Fitted series: {fitted}{note}."));
    }

    private static Markup Show(OlsCoefficient c) => Markup.Of($"{Markup.Bold(Numbers.Fixed(c.Estimate, 2))} (t = {Numbers.Fixed(c.T, 1)})");

    private Markup FromTo(string series, string factor) => Markup.Join(" to ", _study.Periods.Select(p => Show(Beta(p, series, factor))));

    private string PeriodNames => string.Join(", ", _study.Periods.Select(p => p.Label));

    /// <summary>Every coefficient of the three indices in both periods with its Newey–West error, t and p; the betas' moves in words.</summary>
    public Readout IndexCoefficients()
    {
        var rows = (from p in _study.Periods from s in StudySetup.Indices let f = Fits(p)[s] from c in f.Fit.Coefficients select (Series: s, Period: p, Fit: f, Term: c)).ToList();
        var adjusted = Inference.MultipleTesting.Adjust(rows.Select(r => r.Term.P).ToList());
        var table = ResultTable.Of(rows.Select((r, k) => (r.Series, r.Period, r.Fit, r.Term, K: k)),
            new ResultColumn<(string Series, Period Period, FactorRegression Fit, OlsCoefficient Term, int K)>("Series", r => r.Series),
            new("Period", r => r.Period.Label),
            new("Term", r => r.Term.Term),
            new("Estimate", r => r.Term.Estimate, Quantity.Coefficient),
            new("NW s.e.", r => r.Term.StandardError, Quantity.Coefficient, "Newey–West (HAC) standard error"),
            new("t", r => r.Term.T, Quantity.Statistic),
            new("p", r => r.Term.P, Quantity.P),
            new("Holm p", r => adjusted.Holm[r.K], Quantity.P, "Holm-adjusted; the family is every p-value of this table"),
            new("BH q", r => adjusted.BenjaminiHochberg[r.K], Quantity.P, "Benjamini–Hochberg q; the family is every p-value of this table"),
            new("R²", r => r.Fit.Fit.RSquared, Quantity.Correlation),
            new("n", r => r.Fit.Fit.Observations, Quantity.Count));
        const string idx = StudyBaskets.MinerIndex;
        var first = Markup.Of(
            $"Over {PeriodNames}, the miner index's bitcoin beta went from {FromTo(idx, Factors.Bitcoin)}, "
            + $"the AI-basket beta from {FromTo(idx, Factors.AiBasket)}, and the Nasdaq-100 beta from {FromTo(idx, Factors.Market)}. "
            + $"The three factors explain {Markup.Join(", ", _study.Periods.Select(p => Markup.Bold(Numbers.Share(Fits(p)[idx].Fit.RSquared))))} of the index's daily variance.");
        var second = Markup.Of(
            $"For the two halves of the index: the {Markup.Code("ai_pivot")} index's bitcoin beta went from {FromTo(StudyBaskets.AiPivotIndex, Factors.Bitcoin)} and its AI-basket beta from {FromTo(StudyBaskets.AiPivotIndex, Factors.AiBasket)}, "
            + $"while the {Markup.Code("btc_centric")} index's bitcoin beta went from {FromTo(StudyBaskets.BtcCentricIndex, Factors.Bitcoin)} and its AI-basket beta from {FromTo(StudyBaskets.BtcCentricIndex, Factors.AiBasket)}.");
        return Readout.Paragraphs([first, second], table);
    }

    /// <summary>Each miner's beta on <paramref name="factor"/> in every period; a dark connector where the Chow test rejects an unchanged regression from the first period to the last.</summary>
    public ChartFigure BetaDumbbell(string factor)
    {
        var name = factor == Factors.AiBasket ? "AI-basket" : Factors.Name(factor);
        var miners = _study.Miners;
        var chow = Chow(Overall);
        return DumbbellChart.Create(
            miners.Select(_study.WithSubgroup).ToList(),
            _study.Periods.Select(p => (p.Label, (IReadOnlyList<double>)miners.Select(s => Beta(p, s, factor).Estimate).ToList())).ToList(),
            miners.Select(s => Wording.IsSignificant(chow[s].P)).ToList(),
            $"Each miner's {name} beta in the three-factor model, {PeriodNames}", $"{name} beta (log return per unit of factor log return)",
            miners.Select(s => $"t = {string.Join(" / ", _study.Periods.Select(p => Numbers.Fixed(Beta(p, s, factor).T, 1)))}; Chow {Overall.Label} F = {Numbers.Fixed(chow[s].F, 2)}, {Numbers.PClause(chow[s].P)}").ToList());
    }

    /// <summary>Every miner's betas and R² by period, and each miner's tested change in its bitcoin and AI-basket betas from the first period to the last.</summary>
    public Readout MinerBetas()
    {
        var rows = (from s in _study.Miners from p in _study.Periods select (Miner: s, Period: p)).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(string Miner, Period Period)>("Miner", r => r.Miner),
            new("Sub-group at end", r => _study.Data.Member(r.Miner).Subgroup?.ToToken()),
            new("Period", r => r.Period.Label),
            new("β bitcoin", r => Beta(r.Period, r.Miner, Factors.Bitcoin).Estimate, Quantity.Beta),
            new("t", r => Beta(r.Period, r.Miner, Factors.Bitcoin).T, Quantity.Statistic, "Newey–West t of the bitcoin beta"),
            new("β AI basket", r => Beta(r.Period, r.Miner, Factors.AiBasket).Estimate, Quantity.Beta),
            new("t", r => Beta(r.Period, r.Miner, Factors.AiBasket).T, Quantity.Statistic, "Newey–West t of the AI-basket beta"),
            new("β Nasdaq-100", r => Beta(r.Period, r.Miner, Factors.Market).Estimate, Quantity.Beta),
            new("t", r => Beta(r.Period, r.Miner, Factors.Market).T, Quantity.Statistic, "Newey–West t of the Nasdaq-100 beta"),
            new("R²", r => Fits(r.Period)[r.Miner].Fit.RSquared, Quantity.Correlation),
            new("n", r => Fits(r.Period)[r.Miner].Fit.Observations, Quantity.Count));
        var (from, to) = (Overall.From, Overall.To);
        var rejected = _study.Miners.Where(s => Wording.IsSignificant(Chow(Overall)[s].P)).ToList();
        var sentence = Markup.Of(
            $"From {from.Label} to {to.Label}, testing each miner's change by a Newey–West Wald z with Holm's adjustment over the {MinerChanges.Count} changes of the second table: "
            + $"{ChangeClause(Factors.Bitcoin)}; {ChangeClause(Factors.AiBasket)}. "
            + $"The Chow test of {Overall.Label} rejects an unchanged regression at 5% for {Markup.Bold(rejected.Count.ToString())} of {_study.Miners.Count} miners{(rejected.Count > 0 ? $" ({string.Join(", ", rejected)})" : "")}.");
        return Readout.Sentence(sentence, table, MinerChangesTable());
    }

    /// <summary>The Shapley split of R² for every index and miner, period A above period B, with the unexplained rest.</summary>
    public ChartFigure SharesChart()
    {
        var rows = StudySetup.Indices.Concat(_study.Miners).SelectMany(s => _study.Periods.Select(p => (Label: $"{s} · {p.Label}", Fit: Fits(p)[s]))).ToList();
        return BarChart.Stacked(rows.Select(r => r.Label).ToList(),
            StudySetup.Factors.Select((f, j) => new BarSeries(Factors.Title(f), rows.Select(r => r.Fit.Shares[j].Share).ToList(), Factors.Color(f)))
                .Append(new BarSeries("not explained", rows.Select(r => 1 - r.Fit.Fit.RSquared).ToList(), NotExplainedColor)),
            "Share of daily variance explained by each factor (Shapley split of R²)", "Share of the variance of daily log returns", valueFormat: ".0%", axisFormat: ".0%");
    }

    /// <summary>The Shapley split of R² for the three indices, period by period (the summary's chart).</summary>
    public ChartFigure IndexSharesChart()
    {
        var rows = (from s in StudySetup.Indices from p in _study.Periods select (Label: $"{s} {p.Label}", Fit: Fits(p)[s])).ToList();
        return BarChart.Stacked(rows.Select(r => r.Label).ToList(),
            StudySetup.Factors.Select((f, j) => new BarSeries(Factors.Title(f), rows.Select(r => r.Fit.Shares[j].Share).ToList(), Factors.Color(f))),
            "Shapley split of R²: each factor's share of daily variance", "Share of the variance of daily log returns", valueFormat: ".0%", axisFormat: ".0%");
    }

    /// <summary>The shares of every index and miner as a table: each factor's share and the unexplained rest.</summary>
    public ResultTable SharesTable(IEnumerable<string> series) => ResultTable.Of(
        series.SelectMany(s => _study.Periods.Select(p => (Series: s, Period: p, Fit: Fits(p)[s]))),
        new ResultColumn<(string Series, Period Period, FactorRegression Fit)>("Series", r => r.Series),
        new("Period", r => r.Period.Label),
        new("Bitcoin", r => r.Fit.Shares[0].Share, Quantity.Share),
        new("AI capex basket", r => r.Fit.Shares[1].Share, Quantity.Share),
        new("Nasdaq-100", r => r.Fit.Shares[2].Share, Quantity.Share),
        new("Not explained", r => 1 - r.Fit.Fit.RSquared, Quantity.Share));

    /// <summary>FactorShares: bitcoin's, the AI basket's and the Nasdaq-100's shares of the index, and how many miners the AI basket explained best.</summary>
    public Readout FactorShares()
    {
        const string idx = StudyBaskets.MinerIndex;
        List<string> Ahead(Period p) => _study.Miners.Where(s => Share(s, p, 1) > Share(s, p, 0)).ToList();
        var latest = Ahead(_study.Latest);
        Markup Move(int j) => Markup.Join(" to ", _study.Periods.Select(p => Markup.Bold(Numbers.Share(Share(idx, p, j)))));
        return Readout.Sentence(Markup.Of(
            $"Over {PeriodNames}, bitcoin's share of the miner index's variance went from {Move(0)}, the AI basket's from {Move(1)} and the Nasdaq-100's from {Move(2)}. "
            + $"The AI basket explained more than bitcoin for {Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Ahead(p).Count.ToString())} of {_study.Miners.Count} miners in {p.Label}")).ToList())}"
            + $"{(latest.Count > 0 ? $" ({_study.Latest.Label}: {string.Join(", ", latest)})" : "")}."), SharesTable(StudySetup.Indices.Concat(_study.Miners)));
    }

    private Markup SharesOf(string s) => Markup.Of(
        $"bitcoin {Markup.Join(" → ", _study.Periods.Select(p => Markup.Bold(Numbers.Share(Share(s, p, 0)))))}, AI basket {Markup.Join(" → ", _study.Periods.Select(p => Markup.Bold(Numbers.Share(Share(s, p, 1)))))}");

    /// <summary>Whether bitcoin's share fell more, from the first period to the last, for the <c>ai_pivot</c> half than for the <c>btc_centric</c> half.</summary>
    public bool PivotShiftLarger =>
        Share(StudyBaskets.AiPivotIndex, Overall.From, 0) - Share(StudyBaskets.AiPivotIndex, Overall.To, 0)
        > Share(StudyBaskets.BtcCentricIndex, Overall.From, 0) - Share(StudyBaskets.BtcCentricIndex, Overall.To, 0);

    /// <summary>Finding 3 of the summary: the index's and the halves' shares, period by period.</summary>
    public Readout SharesFinding()
    {
        const string idx = StudyBaskets.MinerIndex, piv = StudyBaskets.AiPivotIndex, cen = StudyBaskets.BtcCentricIndex;
        var b = _study.Latest;
        return Readout.Sentence(Markup.Of(
            $"<b>3.</b> Over {PeriodNames}, the share of the miner index's daily variance explained by {SharesOf(idx)}, with the Nasdaq-100 at {Markup.Bold(Numbers.Share(Share(idx, b, 2)))} in {b.Label}. "
            + $"As a robustness check on the staggered design (finding 3b), with point estimates and no test: from {Overall.Label} the shift is {(PivotShiftLarger ? "larger" : "not larger")} for the miners with AI contracts: {Markup.Code(piv)} {SharesOf(piv)}; {Markup.Code(cen)} {SharesOf(cen)}. "
            + $"In {b.Label} the AI basket explains {Wording.Than(Share(piv, b, 1), Share(piv, b, 0), "more", "less")} of the {Markup.Code(piv)} index's variance than bitcoin does."),
            SharesTable(StudySetup.Indices));
    }

    private ChartSeries RollingBeta(string series, string factor, string name, string? color = null, string? dash = null) =>
        new ChartSeries(name, _study.Returns.Sessions, _rolling.Value[series].Beta(factor), color, dash).Between(_study.Start, _study.End);

    /// <summary>The miner index's rolling betas with the news marked.</summary>
    /// <param name="title">The chart's title; the rolling window's by default.</param>
    public ChartFigure RollingChart(string? title = null)
    {
        const string idx = StudyBaskets.MinerIndex;
        return TimeSeriesChart.Create(
            [RollingBeta(idx, Factors.Bitcoin, "bitcoin beta", ChartStyle.Colors.Bitcoin), RollingBeta(idx, Factors.AiBasket, "AI-basket beta", ChartStyle.Colors.AiBasket),
             RollingBeta(idx, Factors.Market, "Nasdaq-100 beta", ChartStyle.Colors.Market)],
            title ?? $"Rolling {Window}-session factor betas of the miner index", "Beta (log return per unit of factor log return)", events: EventMarker.From(_study.News));
    }

    /// <summary>The ranges of the rolling R² and betas of the miner index, and where the betas ended.</summary>
    public Readout RollingRange()
    {
        const string idx = StudyBaskets.MinerIndex;
        var r2 = new ChartSeries("R²", _study.Returns.Sessions, _rolling.Value[idx].RSquared).Between(_study.Start, _study.End);
        var defined = Enumerable.Range(0, r2.Values.Count).Where(i => !double.IsNaN(r2.Values[i])).ToList();
        var btc = RollingBeta(idx, Factors.Bitcoin, "");
        var ai = RollingBeta(idx, Factors.AiBasket, "");
        Markup Range(ChartSeries s) => Markup.Of($"{Markup.Bold(Numbers.Fixed(defined.Min(i => s.Values[i]), 2))} to {Markup.Bold(Numbers.Fixed(defined.Max(i => s.Values[i]), 2))}");
        return Readout.Sentence(Markup.Of(
            $"Over the {defined.Count} sessions with a full {Window}-session window, the rolling R² ranged from {Range(r2)}. "
            + $"The bitcoin beta ranged from {Range(btc)} and ended at {Markup.Bold(Numbers.Fixed(btc.Values[defined[^1]], 2))}; "
            + $"the AI-basket beta ranged from {Range(ai)} and ended at {Markup.Bold(Numbers.Fixed(ai.Values[defined[^1]], 2))}."));
    }

    private static readonly string[] Halves = [StudyBaskets.AiPivotIndex, StudyBaskets.BtcCentricIndex];

    /// <summary>The rolling bitcoin and AI-basket betas of the two halves.</summary>
    public ChartFigure HalvesChart() => TimeSeriesChart.Create(
        Halves.SelectMany(h => new[] { RollingBeta(h, Factors.Bitcoin, $"{h} bitcoin beta", Factors.Color(h)), RollingBeta(h, Factors.AiBasket, $"{h} AI-basket beta", Factors.Color(h), "dot") }),
        $"Rolling {Window}-session betas of the ai_pivot and btc_centric halves", "Beta (log return per unit of factor log return)");

    /// <summary>The halves' mean rolling betas per period and the last bitcoin beta.</summary>
    public Readout HalvesMeans()
    {
        double Mean(string h, string factor, Period p) => RollingBeta(h, factor, "").Between(p.From, p.To).Values.Where(v => !double.IsNaN(v)).Average();
        double Last(string h, string factor) => RollingBeta(h, factor, "").Values.Last(v => !double.IsNaN(v));
        Markup Means(string h, string factor) => Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Fixed(Mean(h, factor, p), 2))} in {p.Label}")).ToList());
        return Readout.Sentence(Markup.Join(" ", Halves.Select(h => Markup.Of(
            $"The {h} index's rolling bitcoin beta averaged {Means(h, Factors.Bitcoin)}, "
            + $"ending at {Markup.Bold(Numbers.Fixed(Last(h, Factors.Bitcoin), 2))}; its AI-basket beta averaged {Means(h, Factors.AiBasket)}."))));
    }

    /// <summary>The Chow test of the three indices at each change between periods.</summary>
    /// <remarks>Holm and Benjamini–Hochberg adjust the table's p-values as one family.</remarks>
    public Readout ChowAtSplit()
    {
        var rows = (from c in _study.Changes from s in StudySetup.Indices select (Change: c, Test: Chow(c)[s])).ToList();
        var adjusted = Inference.MultipleTesting.Adjust(rows.Select(r => r.Test.P).ToList());
        return Readout.Of(ResultTable.Of(rows.Select((r, k) => (r.Change, r.Test, K: k)),
            new ResultColumn<(PeriodChange Change, ChowTestResult Test, int K)>("Series", r => r.Test.Symbol),
            new("Change", r => r.Change.Label),
            new("n before", r => r.Test.Observations1, Quantity.Count),
            new("n after", r => r.Test.Observations2, Quantity.Count),
            new("F", r => r.Test.F, Quantity.Statistic),
            new("df", r => $"({r.Test.NumeratorDf}, {r.Test.DenominatorDf})"),
            new("p", r => r.Test.P, Quantity.P, "Classical Chow F: assumes homoskedastic, independent errors"),
            new("Holm p", r => adjusted.Holm[r.K], Quantity.P, "Holm-adjusted; the family is this table's rows"),
            new("BH q", r => adjusted.BenjaminiHochberg[r.K], Quantity.P, "Benjamini–Hochberg q; the family is this table's rows")));
    }

    /// <summary>The break-date scans of the three indices.</summary>
    public IReadOnlyList<ChowScanResult> Scans => _scans.Value;

    /// <summary>Andrews' sup-F critical values for the scans' restrictions and trim, or null when untabulated.</summary>
    public SupFCriticalValue? Critical => SupFCriticalValues.For(Scans[0]);

    /// <summary>The Chow F at every candidate break, with the sup-F critical values (both, or the 5% one only).</summary>
    public ChartFigure ScanChart(bool onePercentLine = true)
    {
        var colors = StudySetup.Indices.Select(Factors.Color).ToList();
        var chart = TimeSeriesChart.Create(Scans.Select((s, k) => new ChartSeries(s.Symbol, s.Breaks, s.F, colors[k])),
            onePercentLine ? "Chow F statistic at each candidate break date" : "Chow F of a break at each candidate session",
            $"Chow F ({StudySetup.Factors.Count + 1} restrictions)", events: EventMarker.From(_study.News), xTitle: "Candidate break session (first session of the second regime)");
        if (Critical is { } lines)
        {
            chart.WithHorizontalLine(lines.FivePercent, "sup-F 5% critical value");
            if (onePercentLine)
                chart.WithHorizontalLine(lines.OnePercent, "sup-F 1% critical value", "#495057");
        }
        return chart;
    }

    private string Level(double supF) => Critical is not { } c ? "no tabulated critical value for this trim"
        : c.Level(supF) switch { 0.01 => "significant at 1%", 0.05 => "significant at 5%", _ => "not significant at 5%" };

    private IEnumerable<MarketEvent> Near(DateOnly d, int sessions)
    {
        var returns = _study.Returns;
        int Distance(MarketEvent e) => Math.Abs(returns.IndexOf(e.FirstSession) - returns.IndexOf(d));
        return _study.Data.Events.Where(e => Distance(e) <= sessions).OrderBy(Distance);
    }

    /// <summary>Each scan's most likely break, its sup-F and verdict, and the news within five sessions.</summary>
    public Readout ScanTable() => Readout.Of(ResultTable.Of(Scans,
        new ResultColumn<ChowScanResult>("Series", s => s.Symbol),
        new("Break session", s => s.BestBreak, Quantity.Date),
        new("sup-F", s => s.SupF, Quantity.Statistic),
        new("Verdict", s => Level(s.SupF)),
        new("News within 5 sessions", s => Markup.Join("; ", Near(s.BestBreak, 5).Select(e => Markup.Of($"{Numbers.Date(e.FirstSession)} {Markup.Event(e)}"))))));

    private string Betas(Period p, string symbol)
    {
        var f = _study.Returns.FactorRegression(symbol, StudySetup.Factors, p).Fit;
        return $"bitcoin {Numbers.Fixed(f[Factors.Bitcoin].Estimate, 2)}, AI basket {Numbers.Fixed(f[Factors.AiBasket].Estimate, 2)}";
    }

    /// <summary>For each scan: the break, the betas either side of it, and the nearest news.</summary>
    public Readout ScanStories() => Readout.Bullets(Scans.Select(s =>
    {
        var closest = Near(s.BestBreak, 5).FirstOrDefault();
        var news = closest is null ? Markup.Of($"No catalog event falls within five sessions.")
            : Markup.Of($"Nearest news: <i>{closest.Id}</i> ({closest.Category.ToToken()}, {Numbers.Date(closest.FirstSession)}), {closest.Headline}");
        return Markup.Of(
            $"{Markup.Bold(s.Symbol)}: most likely break at {Markup.Bold(Numbers.Date(s.BestBreak))}, sup-F = {Markup.Bold(Numbers.Fixed(s.SupF, 2))} ({Level(s.SupF)}); "
            + $"betas before it {Betas(s.AtBest.First, s.Symbol)}, after it {Betas(s.AtBest.Second, s.Symbol)}. {news}");
    }));

    /// <summary>Finding 4 of the summary: each index's most likely break against the 5% critical value, with the news within two sessions.</summary>
    public Readout BreakFinding()
    {
        string Verdict(ChowScanResult s) => Critical?.FivePercent is not { } c ? "no tabulated critical value for this trimming" : s.SupF > c ? "above the 5% critical value" : "below the 5% critical value";
        Markup NearBy(DateOnly d) => Markup.Join(", ", Near(d, 2).OrderBy(e => e.FirstSession).Select(e => Markup.Of($"{Markup.Code(e.Id)} ({e.Category.ToToken()}, {Numbers.Date(e.FirstSession)})"))
            .DefaultIfEmpty(Markup.Text("no catalog event")));
        return Readout.Sentence(Markup.Of($"<b>4.</b> ") + Markup.Join(" ", Scans.Select(s => Markup.Of(
            $"The most likely break of {Markup.Code(s.Symbol)} by the classical Chow scan is {Markup.Bold(Numbers.Date(s.BestBreak))} (sup-F = {Markup.Bold(Numbers.Fixed(s.SupF, 2))}, {Verdict(s)}); within two sessions of it: {NearBy(s.BestBreak)}.")))
            + Markup.Text(" The classical scan assumes homoskedastic errors. ") + HacSentence());
    }
}
