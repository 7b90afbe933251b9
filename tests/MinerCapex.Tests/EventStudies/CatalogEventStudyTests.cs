using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Panel;

namespace MinerCapex.Tests.EventStudies;

/// <summary>The whole event catalog through the study on the bundled data: every event placed, every miner accounted for.</summary>
public class CatalogEventStudyTests
{
    private static readonly Lazy<(MarketData Data, EventStudyResult Result)> Study = new(() =>
    {
        var data = MarketData.Load();
        return (data, EventStudy.Run(data.Prices.ToLogReturns(), data.Events, StudyGroups.FromUniverse(data.Universe)));
    });

    [Fact]
    public void EveryMinerOfEveryEvent_IsFittedOrSkippedWithAReason()
    {
        var (data, result) = Study.Value;
        var miners = data.SymbolsIn(SymbolGroup.Miner);
        Assert.Equal(12, miners.Count);
        Assert.Equal(data.Events.Count * miners.Count, result.Stocks.Count + result.Skipped.Count);

        // Only CORZ, relisted on 2024-01-24, lacks 100 sessions of history, and only for events before August 2024.
        Assert.NotEmpty(result.Skipped);
        Assert.All(result.Skipped, s =>
        {
            Assert.Equal("CORZ", s.Symbol);
            Assert.Equal(SkipReason.ListedAfterEstimationStart, s.Reason);
            Assert.True(result.Events.Single(e => e.Id == s.EventId).DayZero < new DateOnly(2024, 9, 1));
        });
        Assert.All(result.Stocks, s => Assert.InRange(s.Fit.Observations, 100, 120));
    }

    [Fact]
    public void SameDayCatalogClusters_AreFlagged_AndOnePerClusterPoolsFewerEvents()
    {
        var (data, result) = Study.Value;
        var amazon = result.Events.Single(e => e.Id == "amzn_gov_ai_50b");
        var indiana = result.Events.Single(e => e.Id == "amzn_indiana_15b");
        Assert.True(amazon.Clustered);
        Assert.Contains("amzn_indiana_15b", amazon.ClusteredWith);
        Assert.Equal(amazon.ClusterId, indiana.ClusterId);
        // Same day and same stocks: identical CARs, which is why pooled tests can keep one per cluster.
        Assert.Equal(result.Get("CIFR", amazon.Id)!.Car(EventWindow.DayZero).Car, result.Get("CIFR", indiana.Id)!.Car(EventWindow.DayZero).Car);

        var w = new EventWindow(0, 1);
        var byDay = result.Pooled.Single(p => p.Pool == "ai" && p.Group == "miners" && p.Window == w);
        var keep = EventStudy.Run(data.Prices.ToLogReturns(), data.Events, StudyGroups.FromUniverse(data.Universe),
                EventStudyOptions.Default with { PooledClusters = ClusterHandling.Keep })
            .Pooled.Single(p => p.Pool == "ai" && p.Group == "miners" && p.Window == w);
        // The default merges same-session rows: one event day per session of AI news.
        Assert.Equal(data.Events.Where(e => EventPool.Ai.Includes(e.Category)).Select(e => e.FirstSession).Distinct().Count(), byDay.Events);
        Assert.Equal(byDay.Events, byDay.Days.Count);
        Assert.Contains(byDay.Days, d => d.EventIds.Contains("amzn_gov_ai_50b") && d.EventIds.Contains("amzn_indiana_15b"));
        Assert.True(byDay.Events < keep.Events);
        var onePer = EventStudy.Run(data.Prices.ToLogReturns(), data.Events, StudyGroups.FromUniverse(data.Universe),
                EventStudyOptions.Default with { PooledClusters = ClusterHandling.OnePerCluster })
            .Pooled.Single(p => p.Pool == "ai" && p.Group == "miners" && p.Window == w);
        Assert.Equal(data.Events.Count(e => EventPool.Ai.Includes(e.Category)), keep.Events);
        Assert.True(onePer.Events < keep.Events);
        Assert.DoesNotContain("amzn_indiana_15b", onePer.EventIds);
    }

    [Fact]
    public void NebiusDay_MinersRoseBeyondWhatQqqAndBitcoinExplain()
    {
        var (_, result) = Study.Value;
        var day0 = result.GroupTest("miners", "nebius_msft_gpu", EventWindow.DayZero);
        Assert.Equal(12, day0.N);
        Assert.Equal(12, day0.Positive);
        Assert.True(day0.BmpP < 0.001);
        Assert.True(result.Get("CIFR", "nebius_msft_gpu")!.Car(EventWindow.DayZero).Car > 0.15);
    }

    [Fact]
    public void Frames_HaveOneRowPerRecord()
    {
        var (_, result) = Study.Value;
        Assert.Equal(result.Stocks.Count * 4, result.CarsFrame.Rows.Count);
        Assert.Equal(result.Stocks.Count * 7, result.AbnormalReturnsFrame.Rows.Count);
        Assert.Equal(result.Skipped.Count, result.SkippedFrame.Rows.Count);
        Assert.Equal(result.Events.Count * 3 * 4, result.GroupsFrame.Rows.Count);
        Assert.Equal(result.Pooled.Count, result.PooledFrame.Rows.Count);
        Assert.Equal(3 * 4, result.ComparePoolsFrame("ai", "btc").Rows.Count);
    }
}
