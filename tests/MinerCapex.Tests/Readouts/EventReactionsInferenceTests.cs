using MinerCapex.EventStudies;
using MinerCapex.Notebook;
using MinerCapex.Panel;
using MinerCapex.Readouts;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Readouts;

/// <summary>The event study's verdicts on the bundled data: each chosen by the test that answers it, never typed.</summary>
public class EventReactionsInferenceTests
{
    private static readonly Lazy<EventReactions> Events = new(() => EventReactions.Run(MarketData.Load(Path.Combine(Fixture.RepoRoot, "data"))));

    [Fact]
    public void TheHeadlineComparison_IsTheGrossModelOnDisjointEventDays()
    {
        var events = Events.Value;
        var a = events.ModelComparisons.First();
        var study = events.Under(EventReactions.ComparisonModel);
        var pools = EventReactions.AiAgainstBitcoin(study);
        Assert.Equal(study.CompareDays(pools, events.Group("miners"), events.Headline), a.Comparison);
        Assert.Equal(pools.Mixed.Count, a.Comparison.MixedDays);
        Assert.Equal(6, events.ModelComparisons.Count); // three models × (all bitcoin rows, news only)
        Assert.All(events.ModelComparisons.Where(m => m.BitcoinRows == "news only"), m => Assert.True(m.Comparison.OtherDays <= a.Comparison.OtherDays));
    }

    [Fact]
    public void SizeVerdicts_FollowTheSizeTest()
    {
        var events = Events.Value;
        var c = events.ModelComparisons.First().Comparison;
        var expected = !Wording.IsSignificant(c.SizeP) ? NewsSizeVerdict.NotDistinguishable
            : c.OtherSizeRatio > c.SizeRatio ? NewsSizeVerdict.BitcoinLarger : NewsSizeVerdict.AiLarger;
        Assert.Equal(expected, events.NewsSizes);
        Assert.Equal(c.OtherSizeRatio >= c.SizeRatio, events.BitcoinNewsStillBigger);
        var finding = events.PooledFinding().Text.Html;
        Assert.Contains(Numbers.PClause(c.SizeP), finding, StringComparison.Ordinal);
        if (expected == NewsSizeVerdict.NotDistinguishable)
            Assert.Contains("not distinguishable at this sample size", finding, StringComparison.Ordinal);
        Assert.DoesNotContain("no effect", finding, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PeerComparisons_LeaveTheAnnouncerOut_AndPivotDealsFollowTheirTest()
    {
        var events = Events.Value;
        var deals = events.PeerComparisons.Single(p => p.Label == "miner_ai_deal");
        Assert.Equal(Wording.IsSignificant(deals.P) && deals.MeanDifference > 0, events.PivotDealsSeparate);
        Assert.True(deals.Lower < deals.MeanDifference && deals.MeanDifference < deals.Upper);
        var day = events.Study.Days("miner_ai_deal").First(d => events.Study.Of(d).Count > 0);
        Assert.DoesNotContain(events.Study.Of(day)[0], events.Study.Peers(day, events.Miners));
    }

    [Fact]
    public void Placebo_UsesTheStatedSeedAndDraws()
    {
        var events = Events.Value;
        Assert.Equal(6, events.Placebo.Count);
        Assert.All(events.Placebo, d => Assert.Equal(PlaceboDays.DefaultDraws, d.Draws.Count));
        Assert.Contains("seed 20251103", events.PlaceboTable().Text.Html, StringComparison.Ordinal);
        var chart = events.PlaceboChart(events.PlaceboStatistics[^1]);
        Assert.Equal(1, chart.TraceCount);
    }
}
