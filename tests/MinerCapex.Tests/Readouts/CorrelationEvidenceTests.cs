using MinerCapex.Analytics;
using MinerCapex.Readouts;
using MinerCapex.Tests.Analytics;

namespace MinerCapex.Tests.Readouts;

public class CorrelationEvidenceTests
{
    private static readonly Lazy<CorrelationEvidence> Evidence = new(() =>
        CorrelationEvidence.Of(StudyData.Load().Returns, [Period.Year(2024), Period.Year(2025)]));

    [Fact]
    public void Changes2024To2025_MatchTheScript_WithTostAndForbesRigobon()
    {
        var e = Evidence.Value;
        var r = BootstrapReference.Root.GetProperty("changes_2024_2025");
        var (a, b) = (Period.Year(2024), Period.Year(2025));
        foreach (var (name, statistic) in new[] { ("bitcoin", CorrelationStatistic.WithBitcoin), ("ai", CorrelationStatistic.WithAiBasket), ("market", CorrelationStatistic.WithMarket),
                     ("partial_ai_given_market", CorrelationStatistic.AiGivenMarket), ("partial_bitcoin_given_market", CorrelationStatistic.BitcoinGivenMarket) })
        {
            var c = e.Change(new PeriodChange(a, b), statistic);
            BootstrapReference.Matches(r.GetProperty(name), c.Change, name);
            Reference.Close(r.GetProperty(name).GetProperty("z_p").GetDouble(), c.P, name + " p");
            Reference.Close(r.GetProperty(name).GetProperty("tost_p").GetDouble(), c.Equivalence.P, name + " TOST p");
        }
        BootstrapReference.Matches(r.GetProperty("bitcoin_forbes_rigobon"), e.VolatilityAdjusted[0].Change, "FR bitcoin");
        BootstrapReference.Matches(r.GetProperty("ai_forbes_rigobon"), e.VolatilityAdjusted[1].Change, "FR AI");
        Assert.Equal(5, e.Changes.Count);
        Assert.Equal(5, e.ChangeAdjusted.FamilySize);
    }

    [Fact]
    public void PeriodStatistics_MatchTheScript()
    {
        foreach (var (year, k) in new[] { (2024, 0), (2025, 1) })
        {
            var p = Evidence.Value.Periods[k];
            var r = BootstrapReference.Period(year);
            BootstrapReference.Matches(r.GetProperty("ai_minus_bitcoin"), p.AiMinusBitcoin, $"{year} AI − BTC");
            BootstrapReference.Matches(r.GetProperty("partial_ai_given_market"), p.AiGivenMarket, $"{year} partial AI");
            Reference.Close(r.GetProperty("steiger").GetProperty("z_p").GetDouble(), p.Steiger.SteigerP, $"{year} Steiger p");
        }
    }

    [Fact]
    public void ThreePeriods_CompareConsecutiveThenFirstAgainstLast_AndKeepTheEarlierDraws()
    {
        var three = CorrelationEvidence.Of(StudyData.Load().Returns, [Period.Year(2024), Period.Year(2025), Period.Year(2026)]);
        Assert.Equal(["2024 → 2025", "2025 → 2026", "2024 → 2026"], three.Compared.Select(c => c.Label));
        Assert.Equal(15, three.Changes.Count);
        Assert.Equal(Evidence.Value.Periods[1].Bitcoin, three.Periods[1].Bitcoin);
    }
}
