using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Indices;
using MinerCapex.Inference;
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
    private static readonly (string Group, string Color)[] GroupColors =
        [("miners", ChartStyle.Colors.Miners), ("ai_pivot", ChartStyle.Colors.AiPivot), ("btc_centric", ChartStyle.Colors.BtcCentric)];

    private readonly Lazy<EventStudyResult> _marketModel;
    private readonly Lazy<EventStudyResult> _twoFactor;
    private readonly Lazy<IReadOnlyList<(ClusterHandling Handling, EventStudyResult Result)>> _handlings;

    private EventReactions(MarketData data, EventStudySettings settings)
    {
        Data = data;
        // The factors' symbols are the study's choice, read from study.csv like the seed events.
        var options = settings.Options with { MarketSymbol = data.Roles.Market, BitcoinSymbol = data.Roles.Bitcoin };
        Options = options;
        Headline = settings.Headline;
        // The study panel: every symbol's log returns plus the AI capex basket, which model D needs as a factor.
        Returns = data.StudyReturns();
        Groups = StudyGroups.Dated(data);
        Study = EventStudy.Run(Returns, data.Events, Groups, options);
        _marketModel = new(() => Run(EventStudyModel.MarketModel));
        _twoFactor = new(() => Run(EventStudyModel.TwoFactor));
        _handlings = new(() => Enum.GetValues<ClusterHandling>().Select(h => (h, h == options.PooledClusters ? Study : EventStudy.Run(Returns, data.Events, Groups, options with { PooledClusters = h }))).ToList());
        // Candidates of the dated ai_pivot group first, then the miners that never signed, each in universe order.
        Miners = [.. Group("ai_pivot").Symbols, .. Group("miners").Symbols.Except(Group("ai_pivot").Symbols)];
        SeedIds = data.Roles.SeedEvents;
        Seeds = data.Events.Where(e => SeedIds.Contains(e.Id)).ToList();
        SeedDays = Seeds.GroupBy(e => e.FirstSession).Select(g => new SeedDay(g.Key, g.First().Id, $"{string.Join(" + ", g.Select(e => e.Id))} ({Numbers.Date(g.Key)})", g.First().Category)).ToList();
    }

    /// <summary>
    /// Runs the study over every catalog event and every miner with <paramref name="settings"/> (the study's definitions
    /// when null; a notebook reads its parameters into them with <see cref="NotebookParameters.EventStudy"/>). The seed
    /// events and the factors' symbols come from the data's <c>study.csv</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The data folder lacks events.csv or study.csv.</exception>
    public static EventReactions Run(MarketData data, EventStudySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new EventReactions(data, settings ?? EventStudySettings.Default);
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

    /// <summary>The ids of the seed events, as <c>study.csv</c> lists them.</summary>
    public IReadOnlyList<string> SeedIds { get; }

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
            + $"({Group("ai_pivot").Symbols.Count} of them {Markup.Code("ai_pivot")} from the session after their first signed contract, {Markup.Code("btc_centric")} before it; {Group("miners").Symbols.Count - Group("ai_pivot").Symbols.Count} {Markup.Code("btc_centric")} throughout). "
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
        rows.Where(r => Group(group).Symbols.Contains(r.Symbol) && Group(group).Includes(r.Symbol, Study.Events.First(e => e.Id == r.EventId).DayZero))
            .Select(r => r.Fit.BitcoinBeta ?? double.NaN).DefaultIfEmpty(double.NaN).Average();

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
        // The family is the table: every BMP and sign p-value in it, adjusted together.
        var adjusted = MultipleTesting.Adjust(rows.SelectMany(r => new[] { r.T.BmpP ?? double.NaN, r.T.SignP ?? double.NaN }).ToList());
        var table = ResultTable.Of(rows.Select((r, i) => (r.Day, r.Group, r.T, I: i)).ToList(),
            new ResultColumn<(SeedDay Day, string Group, CarTests T, int I)>("Day", x => x.Day.Label),
            new("Group", x => x.Group),
            new("n", x => x.T.N, Quantity.Count),
            new("Mean CAR", x => x.T.MeanCar, Quantity.SignedPercent),
            new("t (cross-section)", x => x.T.CrossSectionalT, Quantity.Statistic),
            new("t (BMP)", x => x.T.BmpT, Quantity.Statistic),
            new("p (BMP)", x => x.T.BmpP, Quantity.P),
            new("p (BMP, Holm)", x => NaNToNull(adjusted.Holm[2 * x.I]), Quantity.P),
            new("q (BMP, BH)", x => NaNToNull(adjusted.BenjaminiHochberg[2 * x.I]), Quantity.P),
            new("Positive", x => $"{x.T.Positive} of {x.T.N}"),
            new("p (sign)", x => x.T.SignP, Quantity.P),
            new("p (sign, Holm)", x => NaNToNull(adjusted.Holm[2 * x.I + 1]), Quantity.P),
            new("q (sign, BH)", x => NaNToNull(adjusted.BenjaminiHochberg[2 * x.I + 1]), Quantity.P));
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
        var btcHistory = Data.History(Data.Roles.Bitcoin);
        var rows = SeedDays.Select(s => (Day: s,
            BtcSession: Data.Prices.SessionMove(Data.Roles.Bitcoin, s.Day).Return,
            BtcCalendar: btcHistory.CalendarDayMove(s.Day).Return,
            Qqq: Data.Prices.SessionMove(Data.Roles.Market, s.Day).Return,
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
        var quietest = rows.MinBy(r => Math.Abs(r.BtcSession));
        var gaps = Markup.Join(", ", rows.Select(r => Markup.Text($"{Numbers.SignedFixed(100 * (r.A - r.B), 2)} points on {r.Day.Label}")));
        return Readout.Sentence(Markup.Of(
            $"Adding bitcoin changes the miners' mean day-0 AR by <b>{gaps}</b> (A minus B). The largest change is on {largest.Day.Label}, when bitcoin's session move was {Numbers.SignedFixed(100 * largest.BtcSession, 2)}%: "
            + $"model A {(largest.A - largest.B > 0 ? "credits to the news what bitcoin explains" : "charges the news with bitcoin's fall")}. "
            + $"On the day bitcoin moved least, {quietest.Day.Label} ({Numbers.SignedFixed(100 * quietest.BtcSession, 2)}%), the two models differ by {Numbers.SignedFixed(100 * (quietest.A - quietest.B), 2)} points."), table);
    }
}

/// <summary>One session of seed news: its day 0, the first event's id, a label naming every event of the day.</summary>
public sealed record SeedDay(DateOnly Day, string Id, string Label, EventCategory Category);
