using MathNet.Numerics.Distributions;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Inference;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>
/// The inference a referee asks for: event days instead of rows, pools that share no session, the standard test
/// battery, the AI-against-bitcoin comparison under three models, placebo days, and p-values adjusted per table.
/// </summary>
public sealed partial class EventReactions
{
    /// <summary>
    /// The model of the headline AI-against-bitcoin comparison: the market model, gross of both channels. It treats the
    /// two kinds of news alike (neither bitcoin's nor the AI stocks' same-day move is removed), and the question is which
    /// news moves the miners, whatever the channel; model D, net of both, is shown beside it, and model B, which removes
    /// bitcoin's move but not the AI stocks', is labelled asymmetric.
    /// </summary>
    public static EventStudyModel ComparisonModel => EventStudyModel.MarketModel;

    private readonly Dictionary<EventStudyModel, EventStudyResult> _models = [];
    private IReadOnlyList<PlaceboDistribution>? _placebo;

    /// <summary>The study under <paramref name="model"/>, with the headline study's other settings.</summary>
    public EventStudyResult Under(EventStudyModel model)
    {
        if (model == Options.Model) return Study;
        if (!_models.TryGetValue(model, out var study))
            _models[model] = study = EventStudy.Run(Returns, Data.Events, Groups, Options with { Model = model });
        return study;
    }

    /// <summary>
    /// Rows that are news in the strict sense: announcements (<c>defined_by = news</c>) found by reading the news
    /// (<c>found_by = research</c>), not price moves or rows looked for because a price moved.
    /// </summary>
    public static bool IsExogenousNews(MarketEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.DefinedBy == EventDefinition.News && e.FoundBy == EventDiscovery.Research;
    }

    /// <summary>The AI and bitcoin pools of <paramref name="study"/> without shared sessions; with <paramref name="newsOnly"/>, exogenous news rows only.</summary>
    public static DisjointPools AiAgainstBitcoin(EventStudyResult study, bool newsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.Disjoint("ai", "btc", newsOnly ? IsExogenousNews : null);
    }

    private StudyGroup Miner => Group("miners");

    /// <summary>The event days of the AI and bitcoin pools, the rule that makes them disjoint, and the mixed sessions.</summary>
    public Readout EventDays()
    {
        var pools = AiAgainstBitcoin(Study);
        var rows = Study.Events.Count(e => EventPool.Ai.Includes(e.Event.Category) || e.Event.Category == EventCategory.Btc);
        var sentence = Markup.Of(
            $"The {Markup.Bold(rows.ToString())} AI and bitcoin rows of the catalog fall on {Markup.Bold((pools.Days.Count + pools.OtherDays.Count + pools.Mixed.Count).ToString())} sessions: "
            + $"{Markup.Bold(pools.Days.Count.ToString())} with AI news only, {Markup.Bold(pools.OtherDays.Count.ToString())} with bitcoin news only and {Markup.Bold(pools.Mixed.Count.ToString())} with both. "
            + $"Each stock enters a pooled test once per session, and a session with news of both kinds goes to neither side of the comparison; the mixed sessions are these:");
        return Readout.Sentence(sentence, ResultTable.Of(pools.Mixed,
            new ResultColumn<EventDay>("Session", d => d.DayZero, Quantity.Date),
            new("Rows", d => string.Join(", ", d.EventIds)),
            new("Categories", d => string.Join(", ", d.Categories.Select(c => c.ToToken())))));
    }

    /// <summary>How many sessions of other events each estimation window left out, and what the fixed window would have cost.</summary>
    public Readout EstimationExclusions()
    {
        var fixedWindow = EventStudy.Run(Returns, Data.Events, Groups, Options with { OtherEvents = OtherEventsInEstimation.Exclude });
        var first = Study.Stocks.GroupBy(s => s.EventId).ToDictionary(g => g.Key, g => g.First().Fit.EstimationStart);
        var excluded = Study.Events.Select(e => e.ExcludedSessions).ToList();
        var pairs = Study.Events.Count * Study.Symbols.Count;
        var sentence = Markup.Of(
            $"Each estimation window leaves out the sessions of every other catalog event's span ({Options.EventWindows.Min(w => w.Start)} to +{Options.EventWindows.Max(w => w.End)}) that fall inside it: "
            + $"a median of {Markup.Bold(Median(excluded).ToString("0", System.Globalization.CultureInfo.InvariantCulture))} sessions, at most {Markup.Bold(excluded.Max().ToString())}. "
            + $"Kept at {Options.EstimationWindow}, the windows would then skip {Markup.Bold(fixedWindow.Skipped.Count.ToString())} of the {pairs} stock × event pairs for want of {Options.MinObservations} sessions, "
            + $"so each window instead starts earlier until it holds {Options.EstimationWindow.Length} sessions without news; {Markup.Bold(Study.Skipped.Count.ToString())} pairs are skipped.");
        return Readout.Sentence(sentence, ResultTable.Of(Study.Events,
            new ResultColumn<StudiedEvent>("Event", e => e.Event),
            new("Day 0", e => e.DayZero, Quantity.Date),
            new("Excluded sessions", e => e.ExcludedSessions, Quantity.Count, "Sessions of other events' spans left out of the estimation window"),
            new("Estimation starts", e => first.TryGetValue(e.Id, out var d) ? d : (DateOnly?)null, Quantity.Date)));
    }

    private static double Median(IReadOnlyList<int> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;
    }

    /// <summary>One test of a battery with its adjusted p-values; the family is the table it sits in.</summary>
    public sealed record AdjustedTest(string Label, int Days, int N, double? MeanCar, string Test, double? Statistic, double? P, double? Holm, double? BenjaminiHochberg);

    private static IReadOnlyList<AdjustedTest> Adjusted(IEnumerable<(string Label, TestBattery Battery)> rows)
    {
        var flat = rows.SelectMany(r => r.Battery.Tests.Select(t => (r.Label, r.Battery, t.Test, t.Statistic, t.P))).ToList();
        var adjusted = MultipleTesting.Adjust(flat.Select(f => f.P ?? double.NaN).ToList());
        return flat.Select((f, i) => new AdjustedTest(f.Label, f.Battery.Days, f.Battery.N, f.Battery.MeanCar, f.Test, f.Statistic, f.P,
            NaNToNull(adjusted.Holm[i]), NaNToNull(adjusted.BenjaminiHochberg[i]))).ToList();
    }

    private static double? NaNToNull(double v) => double.IsNaN(v) ? null : v;

    private static ResultTable AdjustedTable(IReadOnlyList<AdjustedTest> rows, string label) => ResultTable.Of(rows,
        new ResultColumn<AdjustedTest>(label, r => r.Label),
        new("Days", r => r.Days, Quantity.Count, "Event sessions"),
        new("n", r => r.N, Quantity.Count, "Stock × event-day CARs"),
        new("Mean CAR", r => r.MeanCar, Quantity.SignedPercent),
        new("Test", r => r.Test),
        new("Statistic", r => r.Statistic, Quantity.Statistic),
        new("p", r => r.P, Quantity.P),
        new("p (Holm)", r => r.Holm, Quantity.P, "Holm's family-wise adjustment over every p-value of this table"),
        new("q (BH)", r => r.BenjaminiHochberg, Quantity.P, "Benjamini–Hochberg q-value over every p-value of this table"));

    private IReadOnlyList<(string Pool, IReadOnlyList<EventDay> Days)> BatteryPools()
    {
        var pools = AiAgainstBitcoin(Study);
        return [.. Pools.Select(p => (p, Study.Days(p))), ("ai only", pools.Days), ("btc only", pools.OtherDays), ("mixed", pools.Mixed)];
    }

    /// <summary>The test battery of the miners' pooled CARs per pool, with Holm and Benjamini–Hochberg over the whole table.</summary>
    public Readout PooledBatteries()
    {
        var rows = Adjusted(BatteryPools().Where(p => p.Days.Count > 0).Select(p => (p.Pool, Study.Battery(p.Days, Miner, Headline))));
        var ai = rows.Where(r => r.Label == "ai").ToList();
        var robust = ai.Where(r => r.Test is "Kolari–Pynnönen t" or "event-day portfolio t").ToList();
        var survivors = rows.Count(r => Wording.IsSignificant(r.Holm));
        return Readout.Sentence(Markup.Of(
            $"Over {Headline}, under model {ModelName}, the miners' mean CAR on AI news days was {Markup.Bold(Pct(ai[0].MeanCar))} over {ai[0].Days} sessions; "
            + $"the tests that allow for the day's common shock give {Markup.Join(" and ", robust.Select(r => Markup.Of($"{r.Test} = {Numbers.Fixed(r.Statistic ?? double.NaN, 2)} ({Numbers.PClause(r.P)})")))}. "
            + $"Of the table's {rows.Count(r => r.P is not null)} p-values, {Markup.Bold(survivors.ToString())} stay below {Wording.Level} after Holm's adjustment."),
            AdjustedTable(rows, "Pool"));
    }

    /// <summary>The battery of each seed day's cross-section, for the three groups, adjusted over the table.</summary>
    public Readout SeedDayBatteries()
    {
        var days = SeedDays.Select(s => (s, Day: Study.Days("ai").Concat(Study.Days("btc")).Concat(Study.Days("macro")).First(d => d.EventIds.Contains(s.Id)))).ToList();
        var rows = Adjusted(days.Select(d => (d.s.Label, Study.Battery(d.Day, Miner, Headline))));
        var parts = days.Select(d =>
        {
            var portfolio = rows.Single(r => r.Label == d.s.Label && r.Test == "event-day portfolio t");
            return Markup.Of($"{d.s.Label}: {Markup.Bold(Pct(portfolio.MeanCar, 1))}, portfolio t = {Numbers.Fixed(portfolio.Statistic ?? double.NaN, 2)} ({Numbers.PClause(portfolio.P)}, Holm {Numbers.PClause(portfolio.Holm)})");
        });
        return Readout.Sentence(Markup.Of(
            $"One day is one draw of the market's common shock, so the portfolio t of a single day divides its CAR by the spread of the miners' equal-weight portfolio on ordinary days (Brown–Warner): "
            + $"{Markup.Join("; ", parts)}."), AdjustedTable(rows, "Day"));
    }

    /// <summary>One row of the headline comparison: a model and a set of bitcoin rows.</summary>
    public sealed record ModelComparison(string Model, string BitcoinRows, EventDayComparison Comparison);

    /// <summary>The AI-against-bitcoin comparison on event days under models A, D and B, with all bitcoin rows and with exogenous news only.</summary>
    public IReadOnlyList<ModelComparison> ModelComparisons =>
    [
        .. new[] { (EventStudyModel.MarketModel, "A, gross (headline)"), (EventStudyModel.ThreeFactor, "D, net of both channels"), (EventStudyModel.TwoFactor, "B, asymmetric") }
            .SelectMany(m => new[] { false, true }.Select(news => new ModelComparison(m.Item2, news ? "news only" : "all",
                Under(m.Item1).CompareDays(AiAgainstBitcoin(Under(m.Item1), news), Miner, Headline)))),
    ];

    private EventDayComparison HeadlineComparison(bool newsOnly = false) => Under(ComparisonModel).CompareDays(AiAgainstBitcoin(Under(ComparisonModel), newsOnly), Miner, Headline);

    /// <summary>The headline comparison side by side under the three models, its p-values adjusted over the table, and the verdict of the headline model.</summary>
    public Readout ModelComparisonTable()
    {
        var rows = ModelComparisons;
        var adjusted = MultipleTesting.Adjust(rows.SelectMany(r => new[] { r.Comparison.P ?? double.NaN, r.Comparison.SizeP ?? double.NaN }).ToList());
        double? Adj(IReadOnlyList<double> a, int i) => NaNToNull(a[i]);
        var table = ResultTable.Of(rows.Select((r, i) => (R: r, I: i)).ToList(),
            new ResultColumn<(ModelComparison R, int I)>("Model", x => x.R.Model),
            new("Bitcoin rows", x => x.R.BitcoinRows),
            new("AI days", x => x.R.Comparison.Days, Quantity.Count),
            new("Bitcoin days", x => x.R.Comparison.OtherDays, Quantity.Count),
            new("Mean CAR, AI", x => x.R.Comparison.MeanCar, Quantity.SignedPercent, "Mean of the event days' equal-weight portfolio CARs"),
            new("Mean CAR, bitcoin", x => x.R.Comparison.OtherMeanCar, Quantity.SignedPercent),
            new("Welch t", x => x.R.Comparison.WelchT, Quantity.Statistic),
            new("p", x => x.R.Comparison.P, Quantity.P),
            new("p (Holm)", x => Adj(adjusted.Holm, 2 * x.I), Quantity.P),
            new("Size ratio, AI", x => x.R.Comparison.SizeRatio, Quantity.Ratio, "Mean |portfolio SCAR| over what an ordinary day gives"),
            new("Size ratio, bitcoin", x => x.R.Comparison.OtherSizeRatio, Quantity.Ratio),
            new("Size Welch t", x => x.R.Comparison.SizeWelchT, Quantity.Statistic),
            new("Size p", x => x.R.Comparison.SizeP, Quantity.P),
            new("Size p (Holm)", x => Adj(adjusted.Holm, 2 * x.I + 1), Quantity.P),
            new("Size q (BH)", x => Adj(adjusted.BenjaminiHochberg, 2 * x.I + 1), Quantity.P));
        return Readout.Sentence(Markup.Of($"{Capitalised(SizeVerdict(HeadlineComparison()))} {MeanVerdict(HeadlineComparison())} {ModelsAgree(rows)}"), table);
    }

    /// <summary>Which news moved the miners more by size, chosen by the event-day Welch test of the sizes.</summary>
    private static Markup SizeVerdict(EventDayComparison c)
    {
        var stat = $"size Welch t = {Numbers.Fixed(c.SizeWelchT ?? double.NaN, 2)}, {Numbers.PClause(c.SizeP)}";
        var ratios = Markup.Of($"under model {ComparisonModel.Describe()}, AI news days moved the miners' portfolio {Markup.Bold(Numbers.Fixed(c.SizeRatio ?? double.NaN, 2) + "×")} an ordinary day's abnormal move and bitcoin news days {Markup.Bold(Numbers.Fixed(c.OtherSizeRatio ?? double.NaN, 2) + "×")}");
        return Wording.IsSignificant(c.SizeP)
            ? Markup.Of($"{ratios}: {((c.SizeRatio ?? 0) > (c.OtherSizeRatio ?? 0) ? "AI news moved them more" : "bitcoin news moved them more")} ({stat}).")
            : Markup.Of($"{ratios}; the two sizes are not distinguishable at this sample size ({c.Days} and {c.OtherDays} event days; {stat}).");
    }

    /// <summary>The sign of the reaction, with the 95% interval of the gap when it cannot be told from zero.</summary>
    private static Markup MeanVerdict(EventDayComparison c)
    {
        var stat = $"Welch t = {Numbers.Fixed(c.WelchT ?? double.NaN, 2)}, {Numbers.PClause(c.P)}";
        if (Wording.IsSignificant(c.P))
            return Markup.Of($"The mean portfolio CAR was {Pct(c.MeanCar)} on AI days against {Pct(c.OtherMeanCar)} on bitcoin days, a significant gap ({stat}).");
        var interval = c is { Difference: { } d, WelchT: { } t, DegreesOfFreedom: { } df } && t != 0
            ? Markup.Of($"; the 95% interval of the gap runs from {Pct(d - StudentT.InvCDF(0, 1, df, 0.975) * Math.Abs(d / t))} to {Pct(d + StudentT.InvCDF(0, 1, df, 0.975) * Math.Abs(d / t))}")
            : Markup.Empty;
        return Markup.Of($"The mean portfolio CARs, {Pct(c.MeanCar)} on AI days and {Pct(c.OtherMeanCar)} on bitcoin days, are not distinguishable at this sample size ({stat}{interval}).");
    }

    // The verdicts start in lower case to follow a colon; a sentence of their own starts with a capital.
    private static Markup Capitalised(Markup sentence) =>
        sentence.Html.Length == 0 ? sentence : new Markup(char.ToUpperInvariant(sentence.Html[0]) + sentence.Html[1..]);

    private static Markup ModelsAgree(IReadOnlyList<ModelComparison> rows)
    {
        var significant = rows.Where(r => Wording.IsSignificant(r.Comparison.SizeP)).Select(r => $"{r.Model} ({r.BitcoinRows})").ToList();
        return significant.Count == 0
            ? Markup.Text($"No model, with all bitcoin rows or news-defined ones only, separates the two sizes at the {Numbers.Percent(Wording.Level, 0)} level.")
            : Markup.Text($"The size gap is significant under {string.Join("; ", significant)} of the {rows.Count} rows.");
    }

    /// <summary>
    /// The design before issue 19 against the one now, on the same catalog: stock × row pairs with every estimation
    /// session under model B and Welch on pairs, against event days under each model.
    /// </summary>
    public Readout BeforeAndAfter()
    {
        var before = EventStudy.Run(Returns, Data.Events, Groups, Options with
        {
            Model = EventStudyModel.TwoFactor, OtherEvents = OtherEventsInEstimation.Keep, PooledClusters = ClusterHandling.Keep,
        });
        var pairs = before.ComparePools("ai", "btc", "miners", Headline);
        var (aiSize, btcSize) = (before.ReactionSize("ai", Miner, Headline), before.ReactionSize("btc", Miner, Headline));
        var rows = new List<(string Design, int N, int OtherN, double? Mean, double? OtherMean, double? T, double? P, double? Ratio, double? OtherRatio)>
        {
            ("before: stock × row pairs, model B, every estimation session, Welch on pairs", pairs.N, pairs.OtherN, pairs.MeanCar, pairs.OtherMeanCar, pairs.WelchT, pairs.P, aiSize.Ratio, btcSize.Ratio),
        };
        rows.AddRange(ModelComparisons.Where(m => m.BitcoinRows == "all").Select(m => ($"now: event days, disjoint, model {m.Model}", m.Comparison.Days, m.Comparison.OtherDays,
            m.Comparison.MeanCar, m.Comparison.OtherMeanCar, m.Comparison.WelchT, m.Comparison.P, m.Comparison.SizeRatio, m.Comparison.OtherSizeRatio)));
        return Readout.Of(ResultTable.Of(rows,
            new ResultColumn<(string Design, int N, int OtherN, double? Mean, double? OtherMean, double? T, double? P, double? Ratio, double? OtherRatio)>("Design", r => r.Design),
            new("n AI", r => r.N, Quantity.Count, "Pairs before, event days now"),
            new("n bitcoin", r => r.OtherN, Quantity.Count),
            new("Mean CAR, AI", r => r.Mean, Quantity.SignedPercent),
            new("Mean CAR, bitcoin", r => r.OtherMean, Quantity.SignedPercent),
            new("Welch t", r => r.T, Quantity.Statistic),
            new("p", r => r.P, Quantity.P),
            new("Size ratio, AI", r => r.Ratio, Quantity.Ratio, "Before: mean |SCAR| of pairs; now: mean |portfolio SCAR| of days; each over E|T|"),
            new("Size ratio, bitcoin", r => r.OtherRatio, Quantity.Ratio)));
    }

    /// <summary>The placebo distributions of the headline comparison (model A, the headline window, the default seed and draws).</summary>
    public IReadOnlyList<PlaceboDistribution> Placebo => _placebo ??= Under(ComparisonModel).Placebo(AiAgainstBitcoin(Under(ComparisonModel)), Miner, Headline);

    /// <summary>Each headline statistic against its placebo distribution, with the empirical p-values adjusted over the table.</summary>
    public Readout PlaceboTable()
    {
        var adjusted = MultipleTesting.Adjust(Placebo.Select(d => d.EmpiricalP).ToList());
        var table = ResultTable.Of(Placebo.Select((d, i) => (D: d, I: i)).ToList(),
            new ResultColumn<(PlaceboDistribution D, int I)>("Statistic", x => x.D.Statistic),
            new("Real", x => x.D.Real, Quantity.Coefficient),
            new("Placebo 2.5%", x => x.D.Band.Lower, Quantity.Coefficient),
            new("Placebo median", x => x.D.Band.Median, Quantity.Coefficient),
            new("Placebo 97.5%", x => x.D.Band.Upper, Quantity.Coefficient),
            new("Empirical p", x => x.D.EmpiricalP, Quantity.P, "(1 + placebo sets at least as extreme) / (N + 1); two-sided for means and differences, upper for size ratios"),
            new("p (Holm)", x => NaNToNull(adjusted.Holm[x.I]), Quantity.P),
            new("q (BH)", x => NaNToNull(adjusted.BenjaminiHochberg[x.I]), Quantity.P));
        var ratioDifference = Placebo[^1];
        var (lo, _, hi) = ratioDifference.Band;
        var verdict = Wording.IsSignificant(ratioDifference.EmpiricalP)
            ? $"lies outside what days without news produce (empirical {Numbers.PClause(ratioDifference.EmpiricalP)})."
            : $"is not distinguishable from what days without news produce at this sample size: the placebo 95% band runs from {Numbers.SignedFixed(lo, 2)} to {Numbers.SignedFixed(hi, 2)} (empirical {Numbers.PClause(ratioDifference.EmpiricalP)}).";
        return Readout.Sentence(Markup.Of(
            $"Against {Markup.Bold(Placebo[0].Draws.Count.ToString())} sets of placebo days (seed {StudyRandom.DefaultSeed}), the AI-minus-bitcoin size-ratio difference of {Markup.Bold(Numbers.SignedFixed(ratioDifference.Real, 2))} {verdict}"),
            table);
    }

    /// <summary>The placebo histogram of the last of <see cref="PlaceboStatistics"/>, the headline difference of the reaction sizes.</summary>
    public ChartFigure PlaceboChart() => PlaceboChart(PlaceboStatistics[^1]);

    /// <summary>The placebo histogram of <paramref name="statistic"/> with the real value marked.</summary>
    /// <exception cref="KeyNotFoundException">No such statistic; the message lists them.</exception>
    public ChartFigure PlaceboChart(string statistic)
    {
        var d = Placebo.FirstOrDefault(p => p.Statistic == statistic)
            ?? throw new KeyNotFoundException($"No placebo statistic '{statistic}'; they are: {string.Join(", ", Placebo.Select(p => p.Statistic))}.");
        return PlaceboHistogram.Create(d.Draws, d.Real, $"{char.ToUpperInvariant(d.Statistic[0])}{d.Statistic[1..]}: {d.Draws.Count} placebo sets against the real event days, model {ComparisonModel.Letter()}",
            d.Statistic, $"real {Numbers.Fixed(d.Real, 3)} (empirical {Numbers.PClause(d.EmpiricalP)})");
    }

    /// <summary>The names of the placebo statistics, in table order.</summary>
    public IReadOnlyList<string> PlaceboStatistics => Placebo.Select(p => p.Statistic).ToList();

    /// <summary>The peers of a day split by their membership on that day: <c>ai_pivot</c> (a signed AI/HPC contract already priced) and <c>btc_centric</c>.</summary>
    private (IEnumerable<string> Pivot, IEnumerable<string> Centric) DatedPeers(EventStudyResult study, EventDay day)
    {
        var peers = study.Peers(day, Miners).ToList();
        return (peers.Where(m => Data.IsAiPivot(m, day.DayZero)), peers.Where(m => !Data.IsAiPivot(m, day.DayZero)));
    }

    /// <summary>The paired, peers-only sub-group comparisons of each pool.</summary>
    public IReadOnlyList<PairedGroupComparison> PeerComparisons =>
        Pools.Select(p => Study.ComparePaired(p, "ai_pivot", "btc_centric", Study.Days(p), d => DatedPeers(Study, d), Headline)).ToList();

    /// <summary>The <c>ai_pivot</c> against <c>btc_centric</c> peers, paired by event day, adjusted over the table; and the verdict on the miners' own deals.</summary>
    public Readout PeerGaps()
    {
        var rows = PeerComparisons;
        var adjusted = MultipleTesting.Adjust(rows.Select(r => r.P ?? double.NaN).ToList());
        var table = ResultTable.Of(rows.Select((r, i) => (R: r, I: i)).ToList(),
            new ResultColumn<(PairedGroupComparison R, int I)>("Pool", x => x.R.Label),
            new("Days", x => x.R.Days, Quantity.Count, "Event days with peers in both groups"),
            new("Mean gap", x => x.R.MeanDifference, Quantity.SignedPercent, "Mean over days of ai_pivot peers' mean CAR minus btc_centric peers'"),
            new("95% low", x => x.R.Lower, Quantity.SignedPercent),
            new("95% high", x => x.R.Upper, Quantity.SignedPercent),
            new("t", x => x.R.T, Quantity.Statistic),
            new("p", x => x.R.P, Quantity.P),
            new("p (Holm)", x => NaNToNull(adjusted.Holm[x.I]), Quantity.P),
            new("q (BH)", x => NaNToNull(adjusted.BenjaminiHochberg[x.I]), Quantity.P));
        var deals = rows.Single(r => r.Label == "miner_ai_deal");
        return Readout.Sentence(Markup.Of($"On the miners' own AI deals, with each deal's announcer left out, {PairedVerdict(deals)}"), table);
    }

    private static Markup PairedVerdict(PairedGroupComparison c)
    {
        var stat = $"(paired t = {Numbers.Fixed(c.T ?? double.NaN, 2)}, {Numbers.PClause(c.P)}, {c.Days} days)";
        return Wording.IsSignificant(c.P)
            ? Markup.Of($"the {Markup.Code("ai_pivot")} peers' CAR exceeded the {Markup.Code("btc_centric")} peers' by {Markup.Bold(Pct(c.MeanDifference))} a day on average {stat}{(c.MeanDifference < 0 ? ", a negative gap" : "")}.")
            : Markup.Of($"the gap between {Markup.Code("ai_pivot")} and {Markup.Code("btc_centric")} peers, {Markup.Bold(Pct(c.MeanDifference))}, is not distinguishable from zero at this sample size: its 95% interval runs from {Pct(c.Lower)} to {Pct(c.Upper)} {stat}.");
    }

    /// <summary>Each deal's announcer and its own CAR.</summary>
    public Readout AnnouncerTable()
    {
        var rows = Study.AnnouncerReactions(Headline);
        var adjusted = MultipleTesting.Adjust(rows.Select(r => r.P ?? double.NaN).ToList());
        var significant = rows.Where((r, i) => Wording.IsSignificant(adjusted.Holm[i])).ToList();
        return Readout.Sentence(Markup.Of(
            $"The announcing miner's own CAR {Headline}, per deal: {Markup.Bold(rows.Count(r => r.Car is not null).ToString())} announcements with a CAR, "
            + $"{Markup.Bold(rows.Count(r => r.Car > 0).ToString())} of them positive; {Markup.Bold(significant.Count.ToString())} stay significant after Holm's adjustment over the table."),
            ResultTable.Of(rows.Select((r, i) => (R: r, I: i)).ToList(),
                new ResultColumn<(AnnouncerReaction R, int I)>("Deal", x => Data.Events.Single(e => e.Id == x.R.EventId)),
                new("Day 0", x => x.R.DayZero, Quantity.Date),
                new("Announcer", x => x.R.Symbol),
                new($"CAR {Headline}", x => x.R.Car, Quantity.SignedPercent),
                new("t", x => x.R.T, Quantity.Statistic),
                new("p", x => x.R.P, Quantity.P),
                new("p (Holm)", x => NaNToNull(adjusted.Holm[x.I]), Quantity.P)));
    }
}
