using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Notebook;
using MinerCapex.Panel;

namespace MinerCapex.Readouts;

/// <summary>
/// The event study of the miners around the catalog's news (notebook 4): the study under the chosen model and,
/// for the comparisons, under models A and B; the seed days, pooled and group tests, reaction sizes, the cluster
/// checks, each as a chart or a read-out.
/// </summary>
public sealed partial class EventReactions
{
    /// <summary>The seed events of the study: the Nebius and IREN contracts, Amazon's two announcements of one Monday, the fourth halving.</summary>
    public static IReadOnlyList<string> SeedIds { get; } = ["nebius_msft_gpu", "iren_msft_9_7b", "amzn_gov_ai_50b", "amzn_indiana_15b", "btc_halving_4"];

    private static readonly (string Group, string Color)[] GroupColors =
        [("miners", ChartStyle.Colors.Miners), ("ai_pivot", ChartStyle.Colors.AiPivot), ("btc_centric", ChartStyle.Colors.BtcCentric)];

    private readonly Lazy<EventStudyResult> _marketModel;
    private readonly Lazy<EventStudyResult> _twoFactor;
    private readonly Lazy<IReadOnlyList<(ClusterHandling Handling, EventStudyResult Result)>> _handlings;

    private EventReactions(MarketData data, EventStudyOptions options, EventWindow headline)
    {
        Data = data;
        Options = options;
        Headline = headline;
        Returns = data.Prices.ToLogReturns();
        Groups = StudyGroups.FromUniverse(data.Universe);
        Study = EventStudy.Run(Returns, data.Events, Groups, options);
        _marketModel = new(() => Run(EventStudyModel.MarketModel));
        _twoFactor = new(() => Run(EventStudyModel.TwoFactor));
        _handlings = new(() => Enum.GetValues<ClusterHandling>().Select(h => (h, h == options.PooledClusters ? Study : EventStudy.Run(Returns, data.Events, Groups, options with { PooledClusters = h }))).ToList());
        Miners = [.. Group("ai_pivot").Symbols, .. Group("btc_centric").Symbols];
        Seeds = data.Events.Where(e => SeedIds.Contains(e.Id)).ToList();
        SeedDays = Seeds.GroupBy(e => e.FirstSession).Select(g => new SeedDay(g.Key, g.First().Id, $"{string.Join(" + ", g.Select(e => e.Id))} ({Numbers.Date(g.Key)})", g.First().Category)).ToList();
    }

    /// <summary>
    /// Runs the study from the notebook's parameters: the model (<c>A</c>, <c>B</c>, <c>C</c> or a model name),
    /// the estimation window and headline event window (<c>[start,end]</c>), the fewest estimation sessions, and
    /// the cluster handling of the pools (<c>Keep</c>, <c>OnePerCluster</c>, <c>DropClustered</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A parameter cannot be read; the message says which and what is expected.</exception>
    public static EventReactions Run(MarketData data, string model = "TwoFactor", string estimation = "[-130,-11]", int minObservations = 100,
        string window = "[0,+1]", string clusters = "Keep")
    {
        ArgumentNullException.ThrowIfNull(data);
        var headline = EventWindow.Parse(window);
        if (!Enum.TryParse<ClusterHandling>(clusters, ignoreCase: true, out var handling) || !Enum.IsDefined(handling))
            throw new ArgumentException($"'{clusters}' is not a cluster handling; expected one of {string.Join(", ", Enum.GetNames<ClusterHandling>())}.", nameof(clusters));
        var options = EventStudyOptions.Default with
        {
            Model = EventStudyModels.Parse(model),
            EstimationWindow = EventWindow.Parse(estimation),
            MinObservations = minObservations,
            EventWindows = EventWindow.DefaultEventWindows.Union([headline]).ToList(),
            PooledClusters = handling,
        };
        return new EventReactions(data, options, headline);
    }

    /// <summary>The bundled data.</summary>
    public MarketData Data { get; }

    /// <summary>The settings of the headline study.</summary>
    public EventStudyOptions Options { get; }

    /// <summary>The headline event window.</summary>
    public EventWindow Headline { get; }

    /// <summary>Log returns of every symbol.</summary>
    public SessionPanel Returns { get; }

    /// <summary>The groups: <c>miners</c>, <c>ai_pivot</c>, <c>btc_centric</c>.</summary>
    public StudyGroups Groups { get; }

    /// <summary>The study under the chosen model.</summary>
    public EventStudyResult Study { get; }

    /// <summary>The study under model A.</summary>
    public EventStudyResult MarketModel => _marketModel.Value;

    /// <summary>The study under model B.</summary>
    public EventStudyResult TwoFactor => _twoFactor.Value;

    /// <summary>The miners, <c>ai_pivot</c> first.</summary>
    public IReadOnlyList<string> Miners { get; }

    /// <summary>The seed events.</summary>
    public IReadOnlyList<MarketEvent> Seeds { get; }

    /// <summary>The seed events' sessions; events that share a day 0 are one day.</summary>
    public IReadOnlyList<SeedDay> SeedDays { get; }

    /// <summary>The pools of the study, in order.</summary>
    public IReadOnlyList<string> Pools => Study.Pooled.Select(p => p.Pool).Distinct().ToList();

    private string ModelName => Options.Model.Describe();

    private EventStudyResult Run(EventStudyModel model) => model == Options.Model ? Study : EventStudy.Run(Returns, Data.Events, Groups, Options with { Model = model });

    /// <summary>A group by name.</summary>
    public StudyGroup Group(string name) => Groups.Groups.Single(g => g.Name == name);

    private static string Pct(double? fraction, int decimals = 2) => fraction is { } x ? Numbers.SignedPercent(x, decimals) : Numbers.Missing;

    /// <summary>The settings, the size of the study and the skipped stocks.</summary>
    public Readout Settings()
    {
        var sentence = Markup.Of(
            $"Model {Markup.Bold(ModelName)}, estimation window {Markup.Bold(Options.EstimationWindow.ToString())} with at least {Markup.Bold(Options.MinObservations.ToString())} sessions, "
            + $"headline event window {Markup.Bold(Headline.ToString())} ({Headline.Length} {Wording.Plural(Headline.Length, "session")}), clustered events in pools: {Markup.Bold(Options.PooledClusters.ToString())}. "
            + $"The catalog holds {Markup.Bold(Study.Events.Count.ToString())} events and the miner index {Markup.Bold(Study.Symbols.Count.ToString())} miners "
            + $"({Group("ai_pivot").Symbols.Count} {Markup.Code("ai_pivot")}, {Group("btc_centric").Symbols.Count} {Markup.Code("btc_centric")}). "
            + $"Of the {Study.Events.Count * Study.Symbols.Count} stock × event pairs, {Markup.Bold(Study.Stocks.Count.ToString())} were fitted and {Markup.Bold(Study.Skipped.Count.ToString())} skipped:");
        var events = Data.Events.ToDictionary(e => e.Id);
        return Readout.Sentence(sentence, ResultTable.Of(Study.Skipped,
            new ResultColumn<SkippedStock>("Event", s => events[s.EventId]),
            new("Symbol", s => s.Symbol),
            new("Reason", s => s.Reason.ToString()),
            new("Sessions", s => s.Observations, Quantity.Count, "Estimation-window sessions with a return"),
            new("Detail", s => s.Detail)));
    }

    /// <summary>What bitcoin adds to a miner's ordinary day: mean R² under A and B, the mean betas and residual errors.</summary>
    public Readout WhatBitcoinAdds()
    {
        var a = MarketModel.Stocks.Select(r => r.Fit).ToList();
        var b = TwoFactor.Stocks.Select(r => r.Fit).ToList();
        return Readout.Sentence(Markup.Of(
            $"Averaged over the {Markup.Bold(b.Count.ToString())} stock × event fits, the estimation-window R² is {Markup.Bold(Numbers.Fixed(a.Average(f => f.RSquared), 2))} under the market model "
            + $"and {Markup.Bold(Numbers.Fixed(b.Average(f => f.RSquared), 2))} with bitcoin added. The mean bitcoin beta is {Markup.Bold(Numbers.Fixed(b.Average(f => f.BitcoinBeta!.Value), 2))}: "
            + $"a 1% bitcoin move adds that many percent to a miner's expected return, on top of a market beta of {Markup.Bold(Numbers.Fixed(b.Average(f => f.MarketBeta!.Value), 2))}. "
            + $"The residual standard error, the yardstick of every <i>t</i> below, falls from {Markup.Bold(Numbers.Percent(a.Average(f => f.ResidualStdError), 2))} "
            + $"to {Markup.Bold(Numbers.Percent(b.Average(f => f.ResidualStdError), 2))} a day."));
    }

    private double MeanBitcoinBeta(IEnumerable<StockEventResult> rows, string group) =>
        rows.Where(r => Group(group).Symbols.Contains(r.Symbol)).Select(r => r.Fit.BitcoinBeta ?? double.NaN).DefaultIfEmpty(double.NaN).Average();

    /// <summary>Each group's mean model-B bitcoin beta over each event's estimation window.</summary>
    public ChartFigure BitcoinBetaChart()
    {
        ChartSeries Line(string g, string color) => new(g, TwoFactor.Events.Select(e => e.DayZero).ToList(),
            TwoFactor.Events.Select(e => MeanBitcoinBeta(TwoFactor.Stocks.Where(r => r.EventId == e.Id), g)).ToList(), color);
        return TimeSeriesChart.Create([Line("ai_pivot", ChartStyle.Colors.AiPivot), Line("btc_centric", ChartStyle.Colors.BtcCentric)],
            "Mean bitcoin beta of model B over each event's estimation window", "β̂ on BTC-USD (log return on log return)",
            xTitle: "Day 0 of the event whose estimation window is used");
    }

    /// <summary>The two groups' mean bitcoin betas by the year their estimation windows end.</summary>
    public Readout BitcoinBetaByYear()
    {
        var years = TwoFactor.Stocks.GroupBy(r => r.Fit.EstimationEnd.Year).OrderBy(g => g.Key).ToList();
        var parts = years.Select(g => Markup.Of(
            $"{Markup.Bold(Numbers.Fixed(MeanBitcoinBeta(g, "ai_pivot"), 2))} against {Markup.Bold(Numbers.Fixed(MeanBitcoinBeta(g, "btc_centric"), 2))} for windows ending in {g.Key}"));
        return Readout.Sentence(Markup.Of($"Mean bitcoin beta of the {Markup.Code("ai_pivot")} miners against the {Markup.Code("btc_centric")} ones: {Markup.Join("; ", parts)}."));
    }

    /// <summary>The seed events and how many sessions they fall on.</summary>
    public Readout SeedEvents()
    {
        var shared = Seeds.GroupBy(e => e.FirstSession).Where(g => g.Count() > 1).ToList();
        var sentence = Markup.Of($"The {Seeds.Count} seed events fall on {Markup.Bold(SeedDays.Count.ToString())} sessions. ")
            + Markup.Join(" ", shared.Select(g => Markup.Of($"{string.Join(" and ", g.Select(e => e.Id))} share day 0 ({Numbers.Date(g.Key)}), so every abnormal return is the same for both; below they are one day.")));
        return Readout.Sentence(sentence, ResultTable.Of(Seeds,
            new ResultColumn<MarketEvent>("Event", e => e),
            new("Date", e => e.Date, Quantity.Date),
            new("First session", e => e.FirstSession, Quantity.Date),
            new("Category", e => e.Category.ToToken()),
            new("Amount ($B)", e => e.AmountUsdBn, Quantity.Level),
            new("Cluster", e => e.Cluster)));
    }

    /// <summary>Each miner's CAR over the headline window around each seed day, with its 95% interval.</summary>
    public ChartFigure SeedCarChart()
    {
        IntervalSeries Bars(SeedDay s)
        {
            var rows = Miners.Select(m => Study.Get(m, s.Id)).ToList();
            var intervals = rows.Select(r => r?.CarInterval(Headline) ?? (null, null)).ToList();
            return new IntervalSeries(s.Label, rows.Select(r => r?.Car(Headline).Car ?? double.NaN).ToList(),
                intervals.Select(i => i.Lower ?? double.NaN).ToList(), intervals.Select(i => i.Upper ?? double.NaN).ToList(),
                Hover: rows.Select(r => r is null ? "skipped" : $"t = {Numbers.Fixed(r.Car(Headline).T ?? double.NaN, 2)}, {Numbers.PClause(r.Car(Headline).P)}").ToList());
        }
        return IntervalBarChart.Grouped(Miners.Select(m => $"{m} ({Data.Member(m).Subgroup?.ToToken()})").ToList(), SeedDays.Select(Bars),
            $"Each miner's CAR {Headline} around the seed days, model {Options.Model.Letter()}", $"CAR {Headline} (sum of daily log abnormal returns)", "Miner");
    }

    /// <summary>The group tests of each seed day, and the miners' mean CAR around each in words.</summary>
    public Readout SeedGroupTests()
    {
        var rows = SeedDays.SelectMany(s => Groups.Groups.Select(g => (Day: s, Group: g.Name, T: Study.GroupTest(g.Name, s.Id, Headline)))).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(SeedDay Day, string Group, CarTests T)>("Day", x => x.Day.Label),
            new("Group", x => x.Group),
            new("n", x => x.T.N, Quantity.Count),
            new("Mean CAR", x => x.T.MeanCar, Quantity.SignedPercent),
            new("t (cross-section)", x => x.T.CrossSectionalT, Quantity.Statistic),
            new("t (BMP)", x => x.T.BmpT, Quantity.Statistic),
            new("p (BMP)", x => x.T.BmpP, Quantity.P),
            new("Positive", x => $"{x.T.Positive} of {x.T.N}"),
            new("p (sign)", x => x.T.SignP, Quantity.P));
        var parts = SeedDays.Select(s =>
        {
            var t = Study.GroupTest("miners", s.Id, Headline);
            return Markup.Of($"around {Markup.Bold(s.Label)} the miners' mean CAR was {Markup.Bold(Pct(t.MeanCar, 1))} (BMP t = {Numbers.Fixed(t.BmpT ?? double.NaN, 2)}, {Numbers.PClause(t.BmpP)}; {t.Positive} of {t.N} positive)");
        });
        return Readout.Sentence(Markup.Of($"Over {Headline}, under model {ModelName}: {Markup.Join("; ", parts)}."), table);
    }

    private IReadOnlyList<(SeedDay Day, CarPath Path)> Paths() => SeedDays.Select(s => (s, Study.CarPath(s.Id, Group("miners")))).ToList();

    /// <summary>The miners' mean CAR in event time around each seed day.</summary>
    public ChartFigure SeedPathChart()
    {
        var paths = Paths();
        return EventTimeChart.Create(paths.Select(p => new EventTimeSeries(p.Day.Label, p.Path.Offsets, p.Path.MeanCar, Hover: p.Path.Stocks.Select(n => $"{n} miners").ToList())),
            $"Miners' mean CAR around the seed days, model {Options.Model.Letter()}", $"Mean CAR from day {paths[0].Path.From} (log return)");
    }

    /// <summary>The mean CAR through day 0 and through the last day of each seed day's path.</summary>
    public Readout SeedPaths()
    {
        var paths = Paths();
        var parts = paths.Select(p => Markup.Of(
            $"{p.Day.Label} {Markup.Bold(Pct(p.Path.MeanCar[-p.Path.From], 1))} through day 0 and {Markup.Bold(Pct(p.Path.MeanCar[^1], 1))} through day +{p.Path.Offsets[^1]}"));
        return Readout.Sentence(Markup.Of($"Cumulated from day {paths[0].Path.From}: {Markup.Join("; ", parts)}."));
    }

    /// <summary>Bitcoin's and the Nasdaq-100's moves on each seed day beside the miners' mean day-0 AR under A and B.</summary>
    public Readout ModelsCompared()
    {
        var btcHistory = Data.History("BTC-USD");
        var rows = SeedDays.Select(s => (Day: s,
            BtcSession: Data.Prices.SessionMove("BTC-USD", s.Day).Return,
            BtcCalendar: btcHistory.CalendarDayMove(s.Day).Return,
            Qqq: Data.Prices.SessionMove("QQQ", s.Day).Return,
            A: MarketModel.GroupTest("miners", s.Id, EventWindow.DayZero).MeanCar ?? double.NaN,
            B: TwoFactor.GroupTest("miners", s.Id, EventWindow.DayZero).MeanCar ?? double.NaN)).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(SeedDay Day, double BtcSession, double BtcCalendar, double Qqq, double A, double B)>("Day", r => r.Day.Label),
            new("Bitcoin, session", r => r.BtcSession, Quantity.SignedPercent),
            new("Bitcoin, calendar day", r => r.BtcCalendar, Quantity.SignedPercent),
            new("Nasdaq-100", r => r.Qqq, Quantity.SignedPercent),
            new("Mean AR, model A", r => r.A, Quantity.SignedPercent),
            new("Mean AR, model B", r => r.B, Quantity.SignedPercent));
        var largest = rows.MaxBy(r => Math.Abs(r.A - r.B));
        var gaps = Markup.Join(", ", rows.Select(r => Markup.Text($"{Numbers.SignedFixed(100 * (r.A - r.B), 2)} points on {r.Day.Label}")));
        return Readout.Sentence(Markup.Of(
            $"Adding bitcoin changes the miners' mean day-0 AR by <b>{gaps}</b> (A minus B). The largest change is on {largest.Day.Label}, when bitcoin's session move was {Numbers.SignedFixed(100 * largest.BtcSession, 2)}%: "
            + $"model A {(largest.A - largest.B > 0 ? "credits to the news what bitcoin explains" : "charges the news with bitcoin's fall")}. "
            + $"Where bitcoin barely moved, the two models agree and the AR is news the crypto market did not share."), table);
    }

    /// <summary>The pooled tests of the miners over the headline window.</summary>
    public Readout PooledTests() => Readout.Of(ResultTable.Of(Study.Pooled.Where(p => p.Window == Headline && p.Group == "miners"),
        new ResultColumn<PooledResult>("Pool", p => p.Pool),
        new("Events", p => p.EventIds.Count, Quantity.Count),
        new("n", p => p.Tests.N, Quantity.Count, "Stock × event pairs"),
        new("Mean CAR", p => p.Tests.MeanCar, Quantity.SignedPercent),
        new("t (cross-section)", p => p.Tests.CrossSectionalT, Quantity.Statistic),
        new("p (cross-section)", p => p.Tests.CrossSectionalP, Quantity.P),
        new("t (BMP)", p => p.Tests.BmpT, Quantity.Statistic),
        new("p (BMP)", p => p.Tests.BmpP, Quantity.P),
        new("Positive share", p => p.Tests.PositiveShare, Quantity.Share),
        new("p (sign)", p => p.Tests.SignP, Quantity.P)));

    /// <summary>The pools' mean CARs for the three groups with their 95% intervals.</summary>
    public ChartFigure PooledChart(IEnumerable<string>? pools = null, string? title = null) =>
        PooledCarChart.Create(Study, (pools ?? Pools).ToList(), GroupColors, Headline, title ?? $"Mean CAR {Headline} by event pool and miner group, model {Options.Model.Letter()}");

    /// <summary>The summary's chart: the AI pools and bitcoin's, for the three groups.</summary>
    public ChartFigure SummaryPooledChart() =>
        PooledChart(["ai", "ai_capex", "miner_ai_deal", "btc"], $"Mean CAR {Headline} by event pool, model {Options.Model.Letter()}");

    /// <summary>The pool comparisons (AI against bitcoin news) of every group.</summary>
    public IReadOnlyList<PoolComparison> PoolComparisons => Groups.Groups.Select(g => Study.ComparePools("ai", "btc", g.Name, Headline)).ToList();

    /// <summary>EventPoolComparison: Welch's t of AI against bitcoin news, per group, and the miners' pools in words.</summary>
    public Readout EventPoolComparison()
    {
        var table = ResultTable.Of(PoolComparisons,
            new ResultColumn<PoolComparison>("Group", c => c.Group),
            new("n AI", c => c.N, Quantity.Count),
            new("n bitcoin", c => c.OtherN, Quantity.Count),
            new("Mean CAR, AI news", c => c.MeanCar, Quantity.SignedPercent),
            new("Mean CAR, bitcoin news", c => c.OtherMeanCar, Quantity.SignedPercent),
            new("Difference", c => c.Difference, Quantity.SignedPercent),
            new("Welch t", c => c.WelchT, Quantity.Statistic),
            new("df", c => c.DegreesOfFreedom, Quantity.DegreesOfFreedom),
            new("p", c => c.P, Quantity.P));
        var ai = Study.PooledTest("ai", "miners", Headline)!;
        var btc = Study.PooledTest("btc", "miners", Headline)!;
        var vs = PoolComparisons.Single(c => c.Group == "miners");
        return Readout.Sentence(Markup.Of(
            $"Over {Headline}, the miners' mean CAR was {Markup.Bold(Pct(ai.MeanCar))} across {Markup.Bold(ai.N.ToString())} stock × event pairs of AI news (BMP t = {Numbers.Fixed(ai.BmpT ?? double.NaN, 2)}, {Numbers.PClause(ai.BmpP)}) "
            + $"and {Markup.Bold(Pct(btc.MeanCar))} across {Markup.Bold(btc.N.ToString())} pairs of bitcoin news (BMP t = {Numbers.Fixed(btc.BmpT ?? double.NaN, 2)}, {Numbers.PClause(btc.BmpP)}). "
            + $"The mean AI reaction was {(vs.Difference > 0 ? "larger" : "smaller")} by {Markup.Bold(Numbers.Fixed(100 * Math.Abs(vs.Difference ?? double.NaN), 2))} percentage points (Welch t = {Numbers.Fixed(vs.WelchT ?? double.NaN, 2)}, {Numbers.PClause(vs.P)}). "
            + $"Under model {ModelName} a bitcoin-news CAR is what the miners did beyond {(Options.Model == EventStudyModel.TwoFactor ? "their usual response to bitcoin's own move that day" : "the model's prediction")}."), table);
    }

    /// <summary>The reaction sizes of every pool and group.</summary>
    public IReadOnlyList<ReactionSize> ReactionSizes => Pools.SelectMany(p => Groups.Groups.Select(g => Study.ReactionSize(p, g, Headline))).ToList();

    private ReactionSize Size(string pool, string group) => Study.ReactionSize(pool, Group(group), Headline);

    /// <summary>The reaction-size table and the miners' ratios in words.</summary>
    public Readout ReactionSizeTable()
    {
        var table = ResultTable.Of(ReactionSizes,
            new ResultColumn<ReactionSize>("Pool", s => s.Pool),
            new("Group", s => s.Group),
            new("n", s => s.N, Quantity.Count),
            new("Mean |CAR|", s => s.MeanAbsCar, Quantity.Percent),
            new("Mean |SCAR|", s => s.MeanAbsScar, Quantity.Ratio),
            new("Ordinary day", s => s.NullMeanAbsScar, Quantity.Ratio, "E|T_ν|, what |SCAR| averages with no news"),
            new("Ratio", s => s.Ratio, Quantity.Ratio),
            new("t", s => s.T, Quantity.Statistic),
            new("p", s => s.P, Quantity.P));
        string Ratio(string pool) => Numbers.Fixed(Size(pool, "miners").Ratio ?? double.NaN, 2) + "×";
        return Readout.Sentence(Markup.Of(
            $"On AI news the miners' abnormal moves over {Headline} were {Markup.Bold(Ratio("ai"))} an ordinary day's ({Numbers.PClause(Size("ai", "miners").P)}), "
            + $"on bitcoin news {Markup.Bold(Ratio("btc"))} ({Numbers.PClause(Size("btc", "miners").P)}) and on macro news {Markup.Bold(Ratio("macro"))}. "
            + $"Among AI news, miner deals gave {Markup.Bold(Ratio("miner_ai_deal"))} and hyperscaler capex {Markup.Bold(Ratio("ai_capex"))}."), table);
    }

    /// <summary>The <c>ai_pivot</c> against <c>btc_centric</c> comparison of every pool.</summary>
    public IReadOnlyList<GroupComparison> GroupComparisons => Pools.Select(p => Study.CompareGroups(p, Group("ai_pivot"), Group("btc_centric"), Headline)).ToList();

    private GroupComparison Gap(string pool) => GroupComparisons.Single(c => c.Pool == pool);

    private Markup GapText(string pool)
    {
        var g = Gap(pool);
        return Markup.Of($"{Markup.Bold(Pct(g.MeanCar))} against {Markup.Bold(Pct(g.OtherMeanCar))} (Welch t = {Numbers.Fixed(g.WelchT ?? double.NaN, 2)}, {Numbers.PClause(g.P)})");
    }

    /// <summary>Welch's t of the two sub-groups on each pool, and the verdict on AI news.</summary>
    public Readout SubgroupGaps()
    {
        var table = ResultTable.Of(GroupComparisons,
            new ResultColumn<GroupComparison>("Pool", c => c.Pool),
            new("n ai_pivot", c => c.N, Quantity.Count),
            new("n btc_centric", c => c.OtherN, Quantity.Count),
            new("Mean CAR, ai_pivot", c => c.MeanCar, Quantity.SignedPercent),
            new("Mean CAR, btc_centric", c => c.OtherMeanCar, Quantity.SignedPercent),
            new("Gap", c => c.Difference, Quantity.SignedPercent),
            new("Welch t", c => c.WelchT, Quantity.Statistic),
            new("p", c => c.P, Quantity.P));
        return Readout.Sentence(Markup.Of(
            $"On AI news the {Markup.Code("ai_pivot")} miners' mean CAR {Headline} was {GapText("ai")}; on the miners' own AI deals {GapText("miner_ai_deal")}; on bitcoin news {GapText("btc")}. "
            + $"{(Wording.IsSignificant(Gap("ai").P) ? "The AI-pivot miners reacted differently to AI news." : "At the 5% level the two groups' reactions to AI news cannot be told apart.")}"), table);
    }

    /// <summary>How many events are clustered, in how many clusters, and the seed events' clusters.</summary>
    public Readout Clusters()
    {
        var clustered = Study.Events.Where(e => e.Clustered).ToList();
        var groups = clustered.GroupBy(e => e.ClusterId).ToList();
        var largest = groups.MaxBy(g => g.Count())!;
        var sentence = Markup.Of(
            $"With event windows {string.Join(", ", Options.EventWindows)}, {Markup.Bold(clustered.Count.ToString())} of the {Study.Events.Count} events are clustered, in {Markup.Bold(groups.Count.ToString())} clusters; "
            + $"the largest, starting at {Markup.Code(largest.Key)}, links {Markup.Bold(largest.Count().ToString())} events.");
        return Readout.Sentence(sentence, ResultTable.Of(Study.Events.Where(e => SeedIds.Contains(e.Id)),
            new ResultColumn<StudiedEvent>("Event", e => e.Event),
            new("Day 0", e => e.DayZero, Quantity.Date),
            new("Clustered", e => e.Clustered ? "yes" : "no"),
            new("Cluster", e => e.ClusterId),
            new("Clustered with", e => string.Join(", ", e.ClusteredWith))));
    }

    private PoolComparison CompareUnder(ClusterHandling h) => _handlings.Value.Single(x => x.Handling == h).Result.ComparePools("ai", "btc", "miners", Headline);

    /// <summary>The pooled AI and bitcoin results of the miners under each cluster handling.</summary>
    public Readout ClusterChecks()
    {
        var rows = _handlings.Value.SelectMany(h => new[] { "ai", "btc" }.Select(pool => (h.Handling, Pool: pool, Row: h.Result.Pooled.FirstOrDefault(p => p.Pool == pool && p.Group == "miners" && p.Window == Headline)))).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(ClusterHandling Handling, string Pool, PooledResult? Row)>("Clusters", x => x.Handling.ToString()),
            new("Pool", x => x.Pool),
            new("Events", x => x.Row?.EventIds.Count ?? 0, Quantity.Count),
            new("n", x => x.Row?.Tests.N ?? 0, Quantity.Count),
            new("Mean CAR", x => x.Row?.Tests.MeanCar, Quantity.SignedPercent),
            new("t (BMP)", x => x.Row?.Tests.BmpT, Quantity.Statistic),
            new("p (BMP)", x => x.Row?.Tests.BmpP, Quantity.P));
        var each = Markup.Join("; ", Enum.GetValues<ClusterHandling>().Select(h =>
        {
            var c = CompareUnder(h);
            return Markup.Text($"{h}: AI {Pct(c.MeanCar)} on {c.N} pairs vs bitcoin {Pct(c.OtherMeanCar)} on {c.OtherN} (Welch {Numbers.PClause(c.P)})");
        }));
        var kept = _handlings.Value.Single(x => x.Handling == ClusterHandling.DropClustered).Result.Pooled.FirstOrDefault(p => p.Pool == "ai" && p.Group == "miners" && p.Window == Headline)?.EventIds.Count;
        var dropped = kept is { } k ? Markup.Of($"all but {Markup.Bold(k.ToString())} of the AI events") : Markup.Text("every AI event");
        return Readout.Sentence(Markup.Of($"{each}. Dropping clustered events removes {dropped}, so what survives is a thin sample."), table);
    }

    /// <summary>Whether the gap between AI and bitcoin news survives the other cluster handlings, in words.</summary>
    private Markup ClusterCheck(PoolComparison vs)
    {
        var alternatives = Enum.GetValues<ClusterHandling>().Where(h => h != Options.PooledClusters).Select(h => (h, C: CompareUnder(h))).ToList();
        var same = alternatives.Count(a => Math.Sign(a.C.Difference ?? 0) == Math.Sign(vs.Difference ?? 0) && Wording.IsSignificant(a.C.P));
        var lead = Wording.IsSignificant(vs.P) ? $"The gap {(same == alternatives.Count ? "survives" : "does not survive")} the cluster checks" : "The cluster checks";
        return Markup.Text($"{lead}: " + string.Join("; ", alternatives.Select(a => $"with {a.h} AI {Pct(a.C.MeanCar)} against bitcoin {Pct(a.C.OtherMeanCar)} ({Numbers.PClause(a.C.P)})")) + ".");
    }

    /// <summary>The notebook's answers gathered: seed days, the pooled gap and its cluster checks, reaction sizes, the sub-groups on their own deals.</summary>
    public Readout Answers()
    {
        var aiDays = SeedDays.Where(d => d.Category != EventCategory.Btc).ToList();
        var btcDays = SeedDays.Except(aiDays).ToList();
        string DayMean(SeedDay d) => $"{Pct(Study.GroupTest("miners", d.Id, Headline).MeanCar, 1)} around {d.Label}";
        var nebius = Data.Prices.SessionMove("BTC-USD", Data.Events.Single(e => e.Id == "nebius_msft_gpu").FirstSession).Return;
        var (ai, btc) = (Study.PooledTest("ai", "miners", Headline)!, Study.PooledTest("btc", "miners", Headline)!);
        var vs = PoolComparisons.Single(c => c.Group == "miners");
        var (aiSize, btcSize) = (Size("ai", "miners"), Size("btc", "miners"));
        var pooledVerdict = Wording.IsSignificant(vs.P)
            ? $"bitcoin news moved them {(vs.Difference < 0 ? "more" : "less")} on average ({Numbers.PClause(vs.P)})"
            : $"a gap within sampling noise ({Numbers.PClause(vs.P)})";
        return Readout.Bullets([
            Markup.Of($"On the AI seed days the miners' mean CAR {Headline} was {string.Join(", ", aiDays.Select(DayMean))}; on the bitcoin seed day {string.Join(", ", btcDays.Select(DayMean))}. "
                + $"On the Nebius day bitcoin moved {Numbers.SignedPercent(nebius)}, so {(nebius <= 0 ? "the miners' rally was not bitcoin's" : "part of the rally could be bitcoin's, which model B removes")}."),
            Markup.Of($"Pooled over the catalog, the miners' mean CAR was {Pct(ai.MeanCar)} on AI news and {Pct(btc.MeanCar)} on bitcoin news: {pooledVerdict}, "
                + $"after model {ModelName} removes {(Options.Model == EventStudyModel.TwoFactor ? "bitcoin's own move" : "the model's prediction")}. {ClusterCheck(vs)}"),
            Markup.Of($"Measured by size rather than sign, AI news produced abnormal moves {Numbers.Fixed(aiSize.Ratio ?? double.NaN, 2)}× an ordinary day's and bitcoin news {Numbers.Fixed(btcSize.Ratio ?? double.NaN, 2)}×: "
                + $"on this measure {((aiSize.Ratio ?? 0) > (btcSize.Ratio ?? 0) ? "AI news moved the miners more than bitcoin's own news" : "bitcoin's own news still moved the miners more than AI news")}."),
            Markup.Of($"On the miners' own AI deals the {Markup.Code("ai_pivot")} miners' mean CAR was {Pct(Gap("miner_ai_deal").MeanCar)} against {Pct(Gap("miner_ai_deal").OtherMeanCar)} for {Markup.Code("btc_centric")} "
                + $"({Numbers.PClause(Gap("miner_ai_deal").P)}); on all AI news {Pct(Gap("ai").MeanCar)} against {Pct(Gap("ai").OtherMeanCar)} ({Numbers.PClause(Gap("ai").P)})."),
        ]);
    }

    /// <summary>Finding 5 of the summary: the pooled gap, reaction sizes, one event per cluster, and the sub-groups on their own deals.</summary>
    public Readout PooledFinding()
    {
        var vs = Study.ComparePools("ai", "btc", "miners", Headline);
        var once = CompareUnder(ClusterHandling.OnePerCluster);
        var (aiSize, btcSize) = (Size("ai", "miners"), Size("btc", "miners"));
        var deals = Gap("miner_ai_deal");
        var survives = Wording.IsSignificant(once.P) && Math.Sign(once.Difference ?? 0) == Math.Sign(vs.Difference ?? 0);
        return Readout.Sentence(Markup.Of(
            $"<b>5.</b> Over {Headline}, the miners' mean abnormal return was {Markup.Bold(Pct(vs.MeanCar))} around AI news ({vs.N} stock × event pairs) and {Markup.Bold(Pct(vs.OtherMeanCar))} around bitcoin news ({vs.OtherN} pairs), Welch {Numbers.PClause(vs.P)}. "
            + $"Measured by size, whatever the sign, AI news produced abnormal moves {Markup.Bold(Numbers.Fixed(aiSize.Ratio ?? double.NaN, 2) + "×")} an ordinary day's and bitcoin news {Markup.Bold(Numbers.Fixed(btcSize.Ratio ?? double.NaN, 2) + "×")}. "
            + $"Keeping one event per cluster of overlapping news, the means become {Pct(once.MeanCar)} against {Pct(once.OtherMeanCar)} ({Numbers.PClause(once.P)}), so the gap {(survives ? "survives" : "does not survive")} the clustering of the news. "
            + $"On the miners' own AI deals, the {Markup.Code("ai_pivot")} miners' mean CAR was {Markup.Bold(Pct(deals.MeanCar))} and the {Markup.Code("btc_centric")} miners' {Markup.Bold(Pct(deals.OtherMeanCar))} ({Numbers.PClause(deals.P)})."));
    }

    /// <summary>Whether bitcoin news moved the miners at least as much as AI news, by the reaction-size ratio.</summary>
    public bool BitcoinNewsStillBigger => (Size("btc", "miners").Ratio ?? 0) >= (Size("ai", "miners").Ratio ?? 0);

    /// <summary>Whether the miners' own AI deals moved the <c>ai_pivot</c> miners significantly more.</summary>
    public bool PivotDealsSeparate => Wording.IsSignificant(Gap("miner_ai_deal").P) && Gap("miner_ai_deal").Difference > 0;
}

/// <summary>One session of seed news: its day 0, the first event's id, a label naming every event of the day.</summary>
public sealed record SeedDay(DateOnly Day, string Id, string Label, EventCategory Category);
