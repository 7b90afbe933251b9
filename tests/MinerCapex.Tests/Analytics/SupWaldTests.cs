using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class SupWaldTests
{
    private static readonly StudyData Data = StudyData.Load();
    private static readonly Period Window = new(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));

    [Theory]
    [InlineData("all", new[] { "const", "BTC-USD", "AI_CAPEX", "QQQ" })]
    [InlineData("bitcoin", new[] { "BTC-USD" })]
    [InlineData("ai", new[] { "AI_CAPEX" })]
    public void HacSupWald_MatchesSandwichNeweyWestInR_AtEveryCandidate(string set, string[] tested)
    {
        var r = BootstrapReference.Load("supwald_reference.json").GetProperty(set);
        var scan = Data.Returns.SupWaldScan("MINERS", StudyData.Factors, tested, Window);
        Assert.Equal(BootstrapReference.Load("supwald_reference.json").GetProperty("lag").GetInt32(), scan.Lag);
        Assert.Equal(StudyData.Day(r.GetProperty("first_break").GetString()!), scan.Breaks[0]);
        Assert.Equal(StudyData.Day(r.GetProperty("best_break").GetString()!), scan.BestBreak);
        Assert.True(Reference.Series(Reference.Array(r.GetProperty("wald")), scan.Wald, set, 1e-8) > 300);
        Reference.Close(r.GetProperty("sup_wald").GetDouble(), scan.SupWald, set + " sup", 1e-8);
    }

    [Fact]
    public void AllCoefficients_AlsoMatchStrucchangeFstats_AndCriticalValuesAreOnTheWaldScale()
    {
        var scan = Data.Returns.SupWaldScan("MINERS", StudyData.Factors, ["const", .. StudyData.Factors], Window);
        Reference.Series(Reference.Array(BootstrapReference.Load("supwald_reference.json").GetProperty("strucchange_all").GetProperty("stat")), scan.Wald, "strucchange", 1e-8);
        Assert.Equal(4 * 4.09, scan.Critical!.FivePercent, 12);
        var btc = Data.Returns.SupWaldScan("MINERS", StudyData.Factors, ["BTC-USD"], Window);
        Assert.Equal(8.68, btc.Critical!.FivePercent, 12);
        Assert.Throws<ArgumentException>(() => Data.Returns.SupWaldScan("MINERS", StudyData.Factors, ["ETH-USD"], Window));
    }
}
