using MinerCapex.Data;
using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

/// <summary>Group and pooled cross-sections, cluster flags and the cluster options of pooled tests.</summary>
public class GroupsAndClustersTests
{
    private readonly SyntheticMarket _m = new(600, seed: 17);
    private readonly string[] _stocks = ["S1", "S2", "S3", "S4", "S5", "S6"];

    public GroupsAndClustersTests()
    {
        var qqq = _m.Noise(0.012);
        var btc = _m.Noise(0.03);
        _m.Add("QQQ", qqq).Add("BTC-USD", btc);
        foreach (var s in _stocks)
        {
            var e = _m.Noise(0.04);
            _m.Add(s, qqq.Select((q, i) => 0.001 + 1.2 * q + 0.5 * btc[i] + e[i]).ToArray());
        }
    }

    private StudyGroups Groups() => StudyGroups.Of(
        new StudyGroup("all", _stocks),
        new StudyGroup("first", ["S1", "S2", "S3"]),
        new StudyGroup("last", ["S4", "S5", "s6", "S6"])); // case and repeats do not add members

    [Fact]
    public void GroupTest_IsTheCrossSectionOfItsMembersCompleteCars()
    {
        var result = EventStudy.Run(_m.Panel(), [_m.EventAt("ev", 300)], Groups());
        var w = new EventWindow(-1, 1);

        foreach (var (group, members) in new[] { ("first", _stocks[..3]), ("last", _stocks[3..]), ("all", _stocks) })
        {
            var cars = members.Select(s => result.Get(s, "ev")!.Car(w)).ToArray();
            var expected = CrossSection.Test(cars.Select(c => c.Car!.Value).ToArray(), cars.Select(c => c.T!.Value).ToArray());
            Assert.Equal(expected, result.GroupTest(group, "ev", w));
            Assert.Equal(members.Length, expected.N);
        }
        Assert.Equal(3 * 4, result.Groups.Count); // 3 groups × 1 event × 4 windows
    }

    [Fact]
    public void StudiedStocks_AreTheUnionOfTheGroups()
    {
        Assert.Equal(_stocks, Groups().Symbols);
        var dup = Assert.Throws<ArgumentException>(() => StudyGroups.Of(new StudyGroup("a", ["S1"]), new StudyGroup("a", ["S2"])));
        Assert.Contains("'a' appears twice", dup.Message);
    }

    [Fact]
    public void FromUniverse_BuildsMinersAndTheirSubgroups()
    {
        UniverseMember Member(string s, SymbolGroup g, MinerSubgroup? sub) => new(s, s, AssetClass.Equity, g, sub, "", "");
        var groups = StudyGroups.FromUniverse([
            Member("IREN", SymbolGroup.Miner, MinerSubgroup.AiPivot),
            Member("MARA", SymbolGroup.Miner, MinerSubgroup.BtcCentric),
            Member("QQQ", SymbolGroup.Benchmark, null),
            Member("CIFR", SymbolGroup.Miner, MinerSubgroup.AiPivot)]);

        Assert.Equal(["miners", "ai_pivot", "btc_centric"], groups.Groups.Select(g => g.Name));
        Assert.Equal(["IREN", "MARA", "CIFR"], groups.Groups[0].Symbols);
        Assert.Equal(["IREN", "CIFR"], groups.Groups[1].Symbols);
        Assert.Equal(["MARA"], groups.Groups[2].Symbols);
    }

    [Fact]
    public void Clusters_FollowOverlappingSpansAndCatalogIds()
    {
        MarketEvent[] events =
        [
            _m.EventAt("a", 300),                                  // span [-1,+5] = 299..305
            _m.EventAt("b", 305, EventCategory.MinerAiDeal),       // 304..310: overlaps a
            _m.EventAt("c", 400, EventCategory.Btc, cluster: "k"), // far from everything by span...
            _m.EventAt("d", 500, EventCategory.Btc, cluster: "k"), // ...but shares the catalog cluster of c
            _m.EventAt("e", 312, EventCategory.Btc),               // 311..317: touches neither a nor b
        ];
        var result = EventStudy.Run(_m.Panel(), events, Groups());
        var byId = result.Events.ToDictionary(e => e.Id);

        Assert.True(byId["a"].Clustered);
        Assert.Equal(["b"], byId["a"].ClusteredWith);
        Assert.Equal("a", byId["b"].ClusterId);
        Assert.True(byId["d"].Clustered);
        Assert.Equal("c", byId["d"].ClusterId);
        Assert.False(byId["e"].Clustered);
        Assert.Equal("e", byId["e"].ClusterId);
        Assert.Empty(byId["e"].ClusteredWith);

        // With [0,0] alone the spans no longer overlap, but the catalog cluster still binds c and d.
        var narrow = EventStudy.Run(_m.Panel(), events, Groups(), EventStudyOptions.Default with { EventWindows = [EventWindow.DayZero] });
        Assert.False(narrow.Events.Single(e => e.Id == "a").Clustered);
        Assert.True(narrow.Events.Single(e => e.Id == "c").Clustered);
    }

    [Fact]
    public void PooledTests_PoolStockEventPairs_AndHonourTheClusterOption()
    {
        MarketEvent[] events =
        [
            _m.EventAt("a", 300),
            _m.EventAt("b", 300, EventCategory.AiFinancing), // same day as a
            _m.EventAt("c", 420, EventCategory.MinerAiDeal),
            _m.EventAt("h", 500, EventCategory.Btc),
        ];
        var w = new EventWindow(0, 1);
        PooledResult Ai(ClusterHandling h) => EventStudy.Run(_m.Panel(), events, Groups(),
                EventStudyOptions.Default with { PooledClusters = h })
            .Pooled.Single(p => p.Pool == "ai" && p.Group == "all" && p.Window == w);

        var keep = Ai(ClusterHandling.Keep);
        Assert.Equal(3, keep.Events);
        Assert.Equal(18, keep.Tests.N); // 6 stocks × 3 events
        var run = EventStudy.Run(_m.Panel(), events, Groups());
        var expected = CrossSection.Test(
            [.. new[] { "a", "b", "c" }.SelectMany(e => _stocks.Select(s => run.Get(s, e)!.Car(w).Car!.Value))],
            [.. new[] { "a", "b", "c" }.SelectMany(e => _stocks.Select(s => run.Get(s, e)!.Car(w).T!.Value))]);
        Assert.Equal(expected, keep.Tests);

        var drop = Ai(ClusterHandling.DropClustered);
        Assert.Equal(1, drop.Events);
        Assert.Equal(6, drop.Tests.N);

        var one = Ai(ClusterHandling.OnePerCluster);
        Assert.Equal(2, one.Events);
        Assert.Equal(12, one.Tests.N);

        // The default, one observation per stock and session: a and b share day 0, so they are one event day that
        // carries both ids and both categories, and each stock's CAR of that day enters once.
        var byDay = run.Pooled.Single(p => p.Pool == "ai" && p.Group == "all" && p.Window == w);
        Assert.Equal(["a", "c"], byDay.EventIds);
        Assert.Equal(12, byDay.Tests.N);
        Assert.Equal(["a", "b"], byDay.Days[0].EventIds);
        Assert.Equal([EventCategory.AiCapex, EventCategory.AiFinancing], byDay.Days[0].Categories);
        Assert.Equal(["c"], byDay.Days[1].EventIds);
        Assert.Equal(1, run.Pooled.Single(p => p.Pool == "btc" && p.Group == "all" && p.Window == w).Events);
        Assert.Null(run.PooledTest("macro", "all", w)); // a pool without events has no row
        Assert.Equal(6, run.PooledTest("ai_financing", "all", w)!.N);
    }

    [Fact]
    public void ComparePools_IsWelchOnThePoolsCars()
    {
        MarketEvent[] events = [_m.EventAt("a", 300), _m.EventAt("c", 420, EventCategory.MinerAiDeal), _m.EventAt("h", 500, EventCategory.Btc)];
        var run = EventStudy.Run(_m.Panel(), events, Groups());
        var w = new EventWindow(0, 5);
        double[] Cars(params string[] ids) => [.. ids.SelectMany(e => _stocks[..3].Select(s => run.Get(s, e)!.Car(w).Car!.Value))];

        var c = run.ComparePools("ai", "btc", "first", w);

        var (m1, m2, t, df, p) = CrossSection.Welch(Cars("a", "c"), Cars("h"));
        Assert.Equal((6, 3), (c.N, c.OtherN));
        Assert.Equal((m1, m2, t, df, p), (c.MeanCar, c.OtherMeanCar, c.WelchT, c.DegreesOfFreedom, c.P));
        Assert.Equal(m1 - m2, c.Difference);
        var frame = run.ComparePoolsFrame("ai", "btc");
        Assert.Equal(3 * 4, frame.Rows.Count);
        Assert.Throws<KeyNotFoundException>(() => run.ComparePools("ai", "btc", "nope", w));
        Assert.Equal(0, run.ComparePools("ai", "macro", "first", w).OtherN);
    }
}
