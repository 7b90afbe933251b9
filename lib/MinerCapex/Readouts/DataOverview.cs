using System.Globalization;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Notebook;
using MinerCapex.Panel;
using MinerCapex.Quality;

namespace MinerCapex.Readouts;

/// <summary>
/// What is in the data (notebook 1): the snapshot, the universe, prices rebased to 100, the capex and financing
/// figures, the news on the miner index and the data-quality report, over a window [start, end].
/// </summary>
public sealed class DataOverview
{
    private readonly Lazy<QualityReport> _quality;

    private DataOverview(MarketData data, DateOnly start, DateOnly end)
    {
        Data = data;
        First = data.Sessions.First(s => s >= start);
        Last = data.Sessions.Last(s => s <= end);
        _quality = new(() => DataQuality.Run(data.DataDirectory));
        var miners = data.MinerIndexSeries();
        var ai = data.AiCapexIndexSeries();
        Levels =
        [
            Line($"Miner index ({miners.Members.Count} miners)", miners.RebasedLevels(First), ChartStyle.Colors.Miners),
            Line("Bitcoin (BTC-USD)", Rebased("BTC-USD"), ChartStyle.Colors.Bitcoin),
            Line($"AI capex basket ({ai.Members.Count} stocks)", ai.RebasedLevels(First), ChartStyle.Colors.AiBasket),
            Line("Nasdaq-100 (QQQ)", Rebased("QQQ"), ChartStyle.Colors.Market),
        ];
    }

    /// <summary>The overview of the sessions from the first on or after <paramref name="start"/> to the last on or before <paramref name="end"/>.</summary>
    public static DataOverview Of(MarketData data, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DataOverview(data, start, end);
    }

    /// <summary>The bundled data.</summary>
    public MarketData Data { get; }

    /// <summary>The window's first session.</summary>
    public DateOnly First { get; }

    /// <summary>The window's last session.</summary>
    public DateOnly Last { get; }

    /// <summary>The miner index, bitcoin, the AI basket and the Nasdaq-100 rebased to 100 on <see cref="First"/>.</summary>
    public IReadOnlyList<ChartSeries> Levels { get; }

    /// <summary>The data-quality report of the data folder.</summary>
    public QualityReport Quality => _quality.Value;

    private bool InWindow(DateOnly d) => d >= First && d <= Last;

    private double[] Rebased(string symbol)
    {
        var p = Data.Prices[symbol];
        var basis = p[Data.Prices.IndexOf(First)];
        return p.Select(v => 100 * v / basis).ToArray();
    }

    private ChartSeries Line(string name, double[] levels, string color) => new ChartSeries(name, Data.Sessions, levels, color).Between(First, Last);

    /// <summary>How many files, sessions, events and figures the snapshot holds, and the window's sessions.</summary>
    public Readout Snapshot() => Readout.Sentence(Markup.Of(
        $"The snapshot holds {Markup.Bold(Data.Symbols.Count.ToString(CultureInfo.InvariantCulture))} price files over {Markup.Bold(Data.Sessions.Count.ToString(CultureInfo.InvariantCulture))} NYSE sessions, "
        + $"from {Markup.Bold(Numbers.Date(Data.Sessions[0]))} to {Markup.Bold(Numbers.Date(Data.Sessions[^1]))}, with {Markup.Bold(Data.Events.Count.ToString(CultureInfo.InvariantCulture))} dated events "
        + $"and {Markup.Bold(Data.Capex.Count.ToString(CultureInfo.InvariantCulture))} capex and financing figures. The window shown here runs from {Markup.Bold(Numbers.Date(First))} to {Markup.Bold(Numbers.Date(Last))}, "
        + $"{Markup.Bold(Data.Sessions.Count(InWindow).ToString(CultureInfo.InvariantCulture))} sessions. {DataAsOf.Line(Data)}"));

    /// <summary>The members of each group and sub-group.</summary>
    public Readout Groups() => Readout.Of(ResultTable.Of(
        Data.Universe.GroupBy(m => (Group: m.Group.ToToken(), Subgroup: m.Subgroup?.ToToken() ?? "")),
        new ResultColumn<IGrouping<(string Group, string Subgroup), UniverseMember>>("Group", g => g.Key.Group),
        new("Sub-group at end", g => g.Key.Subgroup),
        new("Members", g => g.Count(), Quantity.Count),
        new("Symbols", g => string.Join(", ", g.Select(m => m.Symbol)))));

    /// <summary>Why each miner sits in its sub-group, in the words of <c>universe.csv</c>, with the first session it counts as <c>ai_pivot</c>.</summary>
    public Readout SubgroupReasons() => Readout.Of(ResultTable.Of(Data.Universe.Where(m => m.Group == SymbolGroup.Miner),
        new ResultColumn<UniverseMember>("Symbol", m => m.Symbol),
        new("Sub-group at end", m => m.Subgroup?.ToToken()),
        new("ai_pivot from", m => Data.AiPivotFrom(m.Symbol), Quantity.Date),
        new("First contract", m => m.AiPivotEvent),
        new("Reason", m => m.Note)));

    /// <summary>The four lines rebased to 100, on a log scale.</summary>
    public ChartFigure LevelsChart() => TimeSeriesChart.Create(Levels, "Miners, bitcoin, the AI capex basket and the Nasdaq-100",
        $"Level (100 on {Numbers.Date(First)}, log scale)", logY: true);

    /// <summary>Where each line ended, its change over the window and year by year, and which ended ahead.</summary>
    public Readout Endings()
    {
        var yearEnds = Levels[0].Dates.GroupBy(d => d.Year).Select(g => g.Max()).ToList();
        static double On(ChartSeries s, DateOnly d) => s.Values[s.Dates.ToList().IndexOf(d)];
        string ByYear(ChartSeries s) => string.Join(", ", yearEnds.Select((d, k) => $"{d.Year}: {Numbers.SignedPercent(On(s, d) / (k == 0 ? 100 : On(s, yearEnds[k - 1])) - 1, 0)}"));
        var table = ResultTable.Of(Levels,
            new ResultColumn<ChartSeries>("Series", s => s.Name),
            new("Level at end", s => s.Values[^1], Quantity.Level),
            new("Change in window", s => s.Values[^1] / 100 - 1, Quantity.SignedPercent),
            new("By year", ByYear));
        var (miners, btc, ai, qqq) = (Levels[0].Values[^1], Levels[1].Values[^1], Levels[2].Values[^1], Levels[3].Values[^1]);
        string L(double v) => Numbers.Fixed(v, 0);
        return Readout.Sentence(Markup.Of(
            $"From {Numbers.Date(First)} to {Numbers.Date(Last)} the miner index went from 100 to {Markup.Bold(L(miners))}, bitcoin to {Markup.Bold(L(btc))}, the AI capex basket to {Markup.Bold(L(ai))} "
            + $"and the Nasdaq-100 to {Markup.Bold(L(qqq))}. The miners ended the window {Wording.Than(miners, btc, "ahead of", "behind")} bitcoin and {Wording.Than(miners, ai, "ahead of", "behind")} the AI basket."), table);
    }

    private CapexFigure ReportedTotal => Data.Capex.Single(f => f.Kind == CapexKind.CapexPlan && f.Entity.Contains(';', StringComparison.Ordinal) && f.Period == "2025");

    // A plan for one fiscal or calendar year ("2026", "FY2026 (…)", "CY2026 (…)"), as opposed to a multi-year programme.
    private static int? PlanYear(CapexFigure f) =>
        System.Text.RegularExpressions.Regex.Match(f.Period, @"^(?:FY|CY)?(\d{4})\b") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static readonly string[] Hyperscalers = ["AMZN", "MSFT", "GOOGL", "META"];

    private CapexFigure? Latest(string entity, CapexKind kind, int year) =>
        Data.Capex.Where(f => f.Entity == entity && f.Kind == kind && PlanYear(f) == year).MaxBy(f => f.Date);

    /// <summary>Each hyperscaler's latest 2025 guide, its 2025 actual where reported, and its latest 2026 guide.</summary>
    public ChartFigure CapexByYearChart()
    {
        double Amount(CapexFigure? f) => f?.AmountUsdBn ?? double.NaN;
        return BarChart.Grouped(Hyperscalers,
            [new BarSeries("2025, latest guide", Hyperscalers.Select(e => Amount(Latest(e, CapexKind.CapexPlan, 2025))).ToList(), "#adb5bd"),
             new BarSeries("2025, actual", Hyperscalers.Select(e => Amount(Latest(e, CapexKind.CapexActual, 2025))).ToList(), "#495057"),
             new BarSeries("2026, latest guide", Hyperscalers.Select(e => Amount(Latest(e, CapexKind.CapexPlan, 2026))).ToList(), ChartStyle.Colors.AiBasket)],
            "Hyperscaler capex: 2025 guides and actuals beside the 2026 guides", "US$ billions", "", ChartStyle.CapexSource);
    }

    /// <summary>The 2026 guides against 2025's, and the press totals of both years.</summary>
    public Readout CapexByYear()
    {
        var rows = Hyperscalers.Select(e => (Entity: e, Guide25: Latest(e, CapexKind.CapexPlan, 2025), Actual25: Latest(e, CapexKind.CapexActual, 2025), Guide26: Latest(e, CapexKind.CapexPlan, 2026))).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(string Entity, CapexFigure? Guide25, CapexFigure? Actual25, CapexFigure? Guide26)>("Company", r => r.Entity),
            new("2025 latest guide, $bn", r => r.Guide25?.AmountUsdBn, Quantity.Level),
            new("2025 actual, $bn", r => r.Actual25?.AmountUsdBn, Quantity.Level),
            new("2026 latest guide, $bn", r => r.Guide26?.AmountUsdBn, Quantity.Level),
            new("2026 guide dated", r => r.Guide26?.Date, Quantity.Date),
            new("2026 verified", r => r.Guide26 is { } g ? (g.Verified ? "yes" : "no") : null));
        var total26 = Data.Capex.Where(f => f.Kind == CapexKind.CapexPlan && f.Entity.Contains(';', StringComparison.Ordinal) && PlanYear(f) == 2026 && f.Verified).MaxBy(f => f.Date);
        var both = rows.Where(r => r.Guide25 is not null && r.Guide26 is not null).ToList();
        var sum25 = both.Sum(r => r.Guide25!.AmountUsdBn!.Value);
        var sum26 = both.Sum(r => r.Guide26!.AmountUsdBn!.Value);
        var total = total26 is null ? Markup.Empty
            : Markup.Of($" The largest verified press total for 2026, of {Numbers.Date(total26.Date)}, is {Markup.Bold(Numbers.UsdBillions(total26.AmountUsdBn!.Value))}, against the unverified {Markup.Bold(Numbers.UsdBillions(Math.Round(ReportedTotal.AmountUsdBn!.Value)))} quoted for 2025.");
        return Readout.Sentence(Markup.Of(
            $"For {string.Join(", ", both.Select(r => r.Entity))}, the latest 2026 guides sum to {Markup.Bold(Numbers.UsdBillions(sum26))} against {Markup.Bold(Numbers.UsdBillions(sum25))} for their latest 2025 guides, "
            + $"{Markup.Bold(Numbers.Fixed(sum26 / sum25, 1) + "×")} as much.{total}"), table);
    }

    private IEnumerable<CapexFigure> Guides2025(string entity) => Data.Capex.Where(f => f.Entity == entity && f.Kind == CapexKind.CapexPlan && f.Period.Contains("2025", StringComparison.Ordinal));

    private IReadOnlyList<CapexFigure> LatestGuides => ReportedTotal.Entity.Split(';').Select(e => Guides2025(e).MaxBy(f => f.Date)!).ToList();

    /// <summary>The reported 2025 total against the latest guide of each company it names.</summary>
    public ChartFigure CapexTotalChart() => CapexCharts.AggregateAndComponents(ReportedTotal, LatestGuides, "Sum of the latest 2025 guides", "2025 hyperscaler capex: reported total and company guides");

    /// <summary>The sum of the latest guides against the reported total, and how the guides rose.</summary>
    public Readout CapexGuides()
    {
        var latest = LatestGuides;
        var revisions = latest.Select(g => (Last: g, First: Guides2025(g.Entity).MinBy(f => f.Date)!)).Where(p => p.First.Date != p.Last.Date)
            .Select(p => $"{p.Last.Entity} from {Numbers.UsdBillions(p.First.AmountUsdBn!.Value)} ({p.First.Date.ToString("MMM yyyy", CultureInfo.InvariantCulture)}) to {Numbers.UsdBillions(p.Last.AmountUsdBn!.Value)} ({p.Last.Date.ToString("MMM yyyy", CultureInfo.InvariantCulture)})");
        return Readout.Sentence(Markup.Of(
            $"The latest guides of {string.Join(", ", latest.Select(g => g.Entity))} sum to {Markup.Bold(Numbers.UsdBillions(latest.Sum(g => g.AmountUsdBn!.Value)))}, "
            + $"against the reported total of {Markup.Bold(Numbers.UsdBillions(Math.Round(ReportedTotal.AmountUsdBn!.Value)))} (unverified). Guides rose during the year: {string.Join("; ", revisions)}."));
    }

    private IReadOnlyList<CapexFigure> Bonds => Data.Capex.Where(f => f.Kind == CapexKind.Bond).ToList();

    /// <summary>Each bond against its peak order book.</summary>
    public ChartFigure BondsChart() => CapexCharts.Bonds(Bonds, "AI-related bonds and their peak order books");

    /// <summary>Each bond's size, book and cover.</summary>
    public Readout BondBooks() => Readout.Sentence(Markup.Join(" ", Bonds.Select(b => b.OrderBookUsdBn is { } book
        ? Markup.Of($"{b.Entity}'s {Markup.Bold(Numbers.UsdBillions(b.AmountUsdBn!.Value))} bond of {Numbers.Date(b.Date)} drew a peak book of {Markup.Bold(Numbers.UsdBillions(Math.Round(book)))}, {Markup.Bold(Numbers.Fixed(book / b.AmountUsdBn!.Value, 1) + "×")} the issue.")
        : Markup.Of($"The {b.Entity} bonds ({Markup.Bold(Numbers.UsdBillions(b.AmountUsdBn!.Value))}, {Numbers.Date(b.Date)}) have no reported book."))));

    private IReadOnlyList<CapexFigure> Deals => Data.Capex.Where(f => f.AmountUsdBn is not null
        && (f.Kind is CapexKind.Contract or CapexKind.Lease || (f.Kind == CapexKind.CapexPlan && PlanYear(f) is null))).ToList();

    private IReadOnlyList<CapexFigure> MinerDeals => Deals.Where(f => Data.Universe.Any(m => m.Group == SymbolGroup.Miner && f.Entity.StartsWith(m.Symbol + ";", StringComparison.Ordinal))).ToList();

    private IReadOnlyList<CapexFigure> AmazonPlans => Data.Capex.Where(f => f.Entity == "AMZN" && f.Kind == CapexKind.CapexPlan && f.Date == new DateOnly(2025, 11, 24)).OrderByDescending(f => f.AmountUsdBn).ToList();

    /// <summary>The contracts, leases and multi-year plans by headline value.</summary>
    public ChartFigure DealsChart() => CapexCharts.Amounts(Deals, "Contracts, leases and multi-year plans by headline value", logScale: true);

    /// <summary>How many deals a miner signed, the largest, Nebius's contract and Amazon's two plans.</summary>
    public Readout DealSizes()
    {
        var largest = MinerDeals.MaxBy(f => f.AmountUsdBn)!;
        var nebius = Deals.Single(f => f.Entity == "NBIS;MSFT");
        var amazon = AmazonPlans;
        return Readout.Sentence(Markup.Of(
            $"{Markup.Bold(MinerDeals.Count.ToString(CultureInfo.InvariantCulture))} of the {Markup.Bold(Deals.Count.ToString(CultureInfo.InvariantCulture))} rows are deals signed by a listed miner, "
            + $"the largest being {CapexCharts.Label(largest)} at {Markup.Bold(Numbers.UsdBillions(largest.AmountUsdBn!.Value))}. Nebius's Microsoft contract ({Numbers.Date(nebius.Date)}) is worth {Markup.Bold(Numbers.UsdBillions(nebius.AmountUsdBn!.Value))}. "
            + $"On {Numbers.Date(amazon[0].Date)} Amazon announced {Markup.Bold(Numbers.UsdBillions(Math.Round(amazon[0].AmountUsdBn!.Value)))} for AI capacity for US government regions "
            + $"and {Markup.Bold(Numbers.UsdBillions(Math.Round(amazon[1].AmountUsdBn!.Value)))} for new Indiana campuses."));
    }

    /// <summary>Every figure that carries a capacity, by gigawatts.</summary>
    public ChartFigure CapacityChart() => CapexCharts.Capacities(Data.Capex.Where(f => f.Gw is not null), "Capacity tied to each figure (gigawatts)", logScale: true);

    /// <summary>Amazon's gigawatts, the miners' reported power and the largest miner deal's capacity.</summary>
    public Readout Capacities()
    {
        var amazon = AmazonPlans;
        var usMiners = Data.Capex.Single(f => f.Kind == CapexKind.Capacity && f.Entity == "US miners");
        return Readout.Sentence(Markup.Of(
            $"Amazon's two plans of {Numbers.Date(amazon[0].Date)} carry {Markup.Bold(Numbers.Gigawatts(amazon[0].Gw!.Value))} and {Markup.Bold(Numbers.Gigawatts(amazon[1].Gw!.Value))}, "
            + $"together {Markup.Bold(Numbers.Gigawatts(amazon.Sum(f => f.Gw!.Value)))}. The power said to be held by US-listed miners, {Markup.Bold(Numbers.Gigawatts(Math.Round(usMiners.Gw!.Value)))}, "
            + $"is {(usMiners.Verified ? "confirmed" : "unverified")}; the largest capacity in a single miner deal is {Markup.Bold(Numbers.Fixed(MinerDeals.Max(f => f.Gw ?? 0) * 1000, 0) + " MW")}."));
    }

    /// <summary>
    /// Every figure of <c>capex.csv</c> with the page it was read from: the figure cites its <c>source_url</c>, so a
    /// report lists each page once under Sources. Amounts in US$ billions to 1 decimal, capacities in gigawatts to 2.
    /// </summary>
    public Readout CapexFigures()
    {
        var figures = Data.Capex.OrderBy(f => f.Date).ThenBy(f => f.Entity, StringComparer.Ordinal).ToList();
        var table = ResultTable.Of(figures,
            new ResultColumn<CapexFigure>("Figure", f => new Cited(CapexCharts.Label(f), f.SourceUrl, CapexCharts.Label(f)), Note: "entity, kind and date; links to the source"),
            new("Period", f => f.Period),
            new("Amount (US$ bn)", f => f.AmountUsdBn, Quantity.Level),
            new("Capacity (GW)", f => f.Gw, Quantity.Ratio),
            new("Order book (US$ bn)", f => f.OrderBookUsdBn, Quantity.Level),
            new("Verified", f => f.Verified ? "yes" : "no"));
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return Readout.Sentence(Markup.Of(
            $"{Markup.Bold(N(figures.Count))} figures from {Markup.Bold(N(figures.Select(f => f.SourceUrl).Distinct(StringComparer.Ordinal).Count()))} distinct pages, "
            + $"{Markup.Bold(N(figures.Count(f => !f.Verified)))} of them unverified; each links to the page it was read from."), table);
    }

    /// <summary>Every event of the window at its first session, its headline linked to and citing its <c>source_url</c>.</summary>
    public Readout Catalog()
    {
        var shown = Shown.OrderBy(e => e.FirstSession).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var table = ResultTable.Of(shown,
            new ResultColumn<MarketEvent>("First session", e => e.FirstSession, Quantity.Date),
            new("Category", e => e.Category.ToToken()),
            new("Event", e => e, Quantity.Event),
            new("Amount (US$ bn)", e => e.AmountUsdBn, Quantity.Level),
            new("Capacity (GW)", e => e.CapacityGw, Quantity.Ratio),
            new("Cluster", e => e.Cluster));
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return Readout.Sentence(Markup.Of(
            $"The window holds {Markup.Bold(N(shown.Count))} events, read from {Markup.Bold(N(shown.Select(e => e.SourceUrl).Distinct(StringComparer.Ordinal).Count()))} distinct pages; "
            + $"each headline links to its page."), table);
    }

    private IReadOnlyList<MarketEvent> Shown => Data.Events.Where(e => InWindow(e.FirstSession)).ToList();

    /// <summary>The miner index with every event of the window at its first session.</summary>
    public ChartFigure NewsChart() => TimeSeriesChart.Create([Levels[0]], "The miner index and the dated news",
        $"Miner index (100 on {Numbers.Date(First)}, log scale)", logY: true, events: EventMarker.From(Shown));

    /// <summary>The events per category and year, and how crowded the AI news is.</summary>
    public Readout NewsByCategory()
    {
        var shown = Shown;
        var years = shown.Select(e => e.FirstSession.Year).Distinct().Order().ToList();
        var table = ResultTable.Of(shown.GroupBy(e => e.Category).OrderBy(g => g.Key),
            new ResultColumn<IGrouping<EventCategory, MarketEvent>>("Category", g => g.Key.ToToken()),
            new("Events", g => g.Count(), Quantity.Count),
            new("By year", g => string.Join(", ", years.Select(y => $"{y}: {g.Count(e => e.FirstSession.Year == y)}"))),
            new("Clustered", g => g.Count(e => e.Cluster is not null), Quantity.Count));
        var clusters = shown.Where(e => e.Cluster is not null).GroupBy(e => e.Cluster).ToList();
        var ai = shown.Where(e => e.Category is EventCategory.AiCapex or EventCategory.AiFinancing or EventCategory.MinerAiDeal).ToList();
        var last = years[^1];
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return Readout.Sentence(Markup.Of(
            $"The window holds {Markup.Bold(N(shown.Count))} events, {Markup.Bold(N(ai.Count))} of them about AI capex, financing or miner deals and {Markup.Bold(N(shown.Count(e => e.Category == EventCategory.Btc)))} about bitcoin. "
            + $"{Markup.Bold(N(ai.Count(e => e.FirstSession.Year == last)))} of the AI items fall in {last}, against {Markup.Bold(N(shown.Count(e => e.Category == EventCategory.Btc && e.FirstSession.Year == last)))} of the bitcoin items. "
            + $"{Markup.Bold(N(clusters.Count))} sessions carry more than one event ({clusters.Sum(c => c.Count())} events in all), so their reactions cannot be told apart."), table);
    }

    /// <summary>The findings per kind, and the kinds no file has.</summary>
    public Readout QualitySummary()
    {
        var counts = Quality.CountsByKind();
        var clean = Enum.GetValues<QualityIssue>().Except(counts.Select(c => c.Kind)).ToList();
        var table = ResultTable.Of(counts,
            new ResultColumn<(QualityIssue Kind, int Count)>("Kind", c => c.Kind.ToString()),
            new("Findings", c => c.Count, Quantity.Count),
            new("Symbols", c => string.Join(", ", Quality.Of(c.Kind).Select(f => f.Symbol).Distinct())));
        return Readout.Sentence(Markup.Of($"{Quality.Files.Count} files checked, {Markup.Bold(Quality.Count.ToString(CultureInfo.InvariantCulture))} findings. No file has any finding of kind {string.Join(", ", clean)}."), table);
    }

    /// <summary>The late starts, placeholder bars and null columns by symbol, and which placeholders fall in the window.</summary>
    public Readout Quirks()
    {
        var quirks = new[] { QualityIssue.LateStart, QualityIssue.EarlyEnd, QualityIssue.PlaceholderBar, QualityIssue.NullColumn, QualityIssue.NullValues, QualityIssue.ColumnsChange, QualityIssue.PrecisionDrop, QualityIssue.ProviderAlias }.SelectMany(Quality.Of).GroupBy(f => (f.Symbol, f.Kind));
        var table = ResultTable.Of(quirks,
            new ResultColumn<IGrouping<(string Symbol, QualityIssue Kind), QualityFinding>>("Symbol", g => g.Key.Symbol),
            new("Kind", g => g.Key.Kind.ToString()),
            new("Findings", g => g.Count(), Quantity.Count),
            new("First", g => g.Min(f => f.Date), Quantity.Date),
            new("Columns", g => string.Join(", ", g.Select(f => f.Column).Distinct())),
            new("Example", g => g.First().Detail));
        var late = Quality.Of(QualityIssue.LateStart);
        var placeholders = Quality.Of(QualityIssue.PlaceholderBar);
        var inWindow = placeholders.Where(f => f.Date is { } d && InWindow(d)).ToList();
        return Readout.Sentence(Markup.Of(
            $"{Markup.Bold(late.Count.ToString(CultureInfo.InvariantCulture))} symbols start late: {string.Join(", ", late.Select(f => $"{f.Symbol} on {Numbers.Date(f.Date!.Value)}"))}. "
            + $"Of the {Markup.Bold(placeholders.Count.ToString(CultureInfo.InvariantCulture))} placeholder bars ({string.Join(", ", placeholders.GroupBy(f => f.Symbol).Select(g => $"{g.Key}: {g.Count()}"))}), "
            + $"{Markup.Bold(inWindow.Count.ToString(CultureInfo.InvariantCulture))} fall{(inWindow.Count == 1 ? "s" : "")} inside the window: {string.Join(", ", inWindow.Select(f => $"{f.Symbol} on {Numbers.Date(f.Date!.Value)}"))}."), table);
    }

    /// <summary>The listing history <c>universe.csv</c> records per symbol.</summary>
    public Readout ListingNotes() => Readout.Of(ResultTable.Of(Data.Universe.Where(m => m.ListingNote.Length > 0),
        new ResultColumn<UniverseMember>("Symbol", m => m.Symbol),
        new("Listing note", m => m.ListingNote)));

    /// <summary>The large moves inside the window, largest first, with the catalog events of their session; how many match news.</summary>
    public Readout LargeMoves()
    {
        var moves = Quality.Of(QualityIssue.LargeMove).Where(f => f.Date is { } d && InWindow(d)).ToList();
        var events = Data.Events.ToDictionary(e => e.Id);
        var table = ResultTable.Of(moves.OrderByDescending(f => Math.Abs(f.Value ?? 0)),
            new ResultColumn<QualityFinding>("Symbol", f => f.Symbol),
            new("Session", f => f.Date, Quantity.Date),
            new("Move", f => f.Value, Quantity.SignedPercent),
            new("Events", f => Markup.Join("; ", f.EventIds.Select(id => events.TryGetValue(id, out var e) ? Markup.Event(e) : Markup.Text(id)))));
        var matched = moves.Count(f => f.EventIds.Count > 0);
        var biggest = moves.MaxBy(f => Math.Abs(f.Value ?? 0))!;
        return Readout.Sentence(Markup.Of(
            $"{Markup.Bold(moves.Count.ToString(CultureInfo.InvariantCulture))} one-day moves beyond ±{Numbers.Share(Quality.Options.LargeMoveThreshold)} fall inside the window, "
            + $"across {Markup.Bold(moves.Select(f => f.Symbol).Distinct().Count().ToString(CultureInfo.InvariantCulture))} symbols; {Markup.Bold(matched.ToString(CultureInfo.InvariantCulture))} of them "
            + $"({Numbers.Share((double)matched / moves.Count)}) share their session with a catalog event. The largest is {biggest.Symbol} on {Numbers.Date(biggest.Date!.Value)}, "
            + $"{Markup.Bold(Numbers.SignedPercent(biggest.Value ?? double.NaN, 0))}."), table);
    }
}
