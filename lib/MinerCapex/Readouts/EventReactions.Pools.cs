using MinerCapex.Charts;
using MinerCapex.EventStudies;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>Pooled by news category: AI against bitcoin news, reaction sizes, the sub-groups, and the cluster checks.</summary>
public sealed partial class EventReactions
{
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
        var table = WelchTable("Group", "AI news", "bitcoin news",
            PoolComparisons.Select(c => new WelchRow(c.Group, c.N, c.OtherN, c.MeanCar, c.OtherMeanCar, c.Difference, c.WelchT, c.DegreesOfFreedom, c.P)));
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
        var table = WelchTable("Pool", "ai_pivot", "btc_centric",
            GroupComparisons.Select(c => new WelchRow(c.Pool, c.N, c.OtherN, c.MeanCar, c.OtherMeanCar, c.Difference, c.WelchT, c.DegreesOfFreedom, c.P)));
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

    // Both comparisons are Welch's t of two sets of CARs: pools of news for one group, or groups on one pool.
    private sealed record WelchRow(string Label, int N, int OtherN, double? MeanCar, double? OtherMeanCar, double? Difference, double? T, double? Df, double? P);

    private static ResultTable WelchTable(string labelHeader, string first, string second, IEnumerable<WelchRow> rows) => ResultTable.Of(rows,
        new ResultColumn<WelchRow>(labelHeader, r => r.Label),
        new($"n {first}", r => r.N, Quantity.Count),
        new($"n {second}", r => r.OtherN, Quantity.Count),
        new($"Mean CAR, {first}", r => r.MeanCar, Quantity.SignedPercent),
        new($"Mean CAR, {second}", r => r.OtherMeanCar, Quantity.SignedPercent),
        new("Difference", r => r.Difference, Quantity.SignedPercent, $"Mean CAR of {first} minus that of {second}"),
        new("Welch t", r => r.T, Quantity.Statistic),
        new("df", r => r.Df, Quantity.DegreesOfFreedom, "Welch–Satterthwaite degrees of freedom"),
        new("p", r => r.P, Quantity.P));
}
