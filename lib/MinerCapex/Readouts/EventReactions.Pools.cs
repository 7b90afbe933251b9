using MinerCapex.Charts;
using MinerCapex.EventStudies;
using MinerCapex.Inference;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>Pooled by news category: the pools' chart, the clusters and the cluster checks.</summary>
public sealed partial class EventReactions
{
    /// <summary>The pools' mean CARs for the three groups with their 95% intervals.</summary>
    public ChartFigure PooledChart(IEnumerable<string>? pools = null, string? title = null) =>
        PooledCarChart.Create(Study, (pools ?? Pools).ToList(), GroupColors, Headline, title ?? $"Mean CAR {Headline} by event pool and miner group, model {Options.Model.Letter()}");

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
        var adjusted = MultipleTesting.Adjust(rows.Select(r => r.Row?.Tests.BmpP ?? double.NaN).ToList());
        var table = ResultTable.Of(rows.Select((r, i) => (r.Handling, r.Pool, r.Row, I: i)).ToList(),
            new ResultColumn<(ClusterHandling Handling, string Pool, PooledResult? Row, int I)>("Clusters", x => x.Handling.ToString()),
            new("Pool", x => x.Pool),
            new("Events", x => x.Row?.EventIds.Count ?? 0, Quantity.Count),
            new("n", x => x.Row?.Tests.N ?? 0, Quantity.Count),
            new("Mean CAR", x => x.Row?.Tests.MeanCar, Quantity.SignedPercent),
            new("t (BMP)", x => x.Row?.Tests.BmpT, Quantity.Statistic),
            new("p (BMP)", x => x.Row?.Tests.BmpP, Quantity.P),
            new("p (Holm)", x => NaNToNull(adjusted.Holm[x.I]), Quantity.P),
            new("q (BH)", x => NaNToNull(adjusted.BenjaminiHochberg[x.I]), Quantity.P));
        var each = Markup.Join("; ", Enum.GetValues<ClusterHandling>().Select(h =>
        {
            var c = CompareUnder(h);
            return Markup.Text($"{h}: AI {Pct(c.MeanCar)} on {c.N} pairs vs bitcoin {Pct(c.OtherMeanCar)} on {c.OtherN} (Welch {Numbers.PClause(c.P)})");
        }));
        var kept = _handlings.Value.Single(x => x.Handling == ClusterHandling.DropClustered).Result.Pooled.FirstOrDefault(p => p.Pool == "ai" && p.Group == "miners" && p.Window == Headline)?.EventIds.Count;
        var dropped = kept is { } k ? Markup.Of($"all but {Markup.Bold(k.ToString())} of the AI events") : Markup.Text("every AI event");
        return Readout.Sentence(Markup.Of($"{each}. Dropping clustered events removes {dropped}, so what survives is a thin sample."), table);
    }
}
