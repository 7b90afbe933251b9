using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class CorrelationTestsTests
{
    private static readonly System.Text.Json.JsonElement Formulas = BootstrapReference.Root.GetProperty("formulas");

    [Fact]
    public void SteigerAndWilliams_MatchTheScriptWrittenFromSteiger1980()
    {
        var cases = Formulas.GetProperty("steiger_williams").EnumerateArray().ToList();
        foreach (var c in cases)
        {
            var x = Reference.Array(c.GetProperty("inputs"));
            var test = DependentCorrelations.Compare(x[0], x[1], x[2], (int)x[3]);
            Reference.Close(c.GetProperty("z").GetDouble(), test.SteigerZ, "Steiger z");
            Reference.Close(c.GetProperty("z_p").GetDouble(), test.SteigerP, "Steiger p");
            Reference.Close(c.GetProperty("t").GetDouble(), test.WilliamsT, "Williams t");
            Reference.Close(c.GetProperty("t_p").GetDouble(), test.WilliamsP, "Williams p");
        }
        Assert.Equal(3, cases.Count);
        Assert.Equal(0, DependentCorrelations.Compare(0.5, 0.5, 0.3, 100).SteigerZ);
    }

    [Fact]
    public void Tost_AndForbesRigobon_MatchTheScript()
    {
        foreach (var c in Formulas.GetProperty("tost").EnumerateArray())
        {
            var x = Reference.Array(c.GetProperty("inputs"));
            Reference.Close(c.GetProperty("p").GetDouble(), EquivalenceTest.Of(x[0], x[1], x[2]).P, "TOST p");
        }
        foreach (var c in Formulas.GetProperty("forbes_rigobon").EnumerateArray())
        {
            var x = Reference.Array(c.GetProperty("inputs"));
            Reference.Close(c.GetProperty("value").GetDouble(), ForbesRigobon.Adjusted(x[0], x[1]), "Forbes–Rigobon");
        }
        Assert.True(ForbesRigobon.Adjusted(0.6, 2.0) < 0.6, "a doubled factor variance inflates the raw correlation");
    }

    [Fact]
    public void StudyPeriods_SteigerTestMatchesTheScript()
    {
        var returns = StudyData.Load().Returns;
        foreach (var year in new[] { 2024, 2025 })
        {
            var r = BootstrapReference.Period(year);
            var draws = returns.BlockBootstrap(["MINERS", "BTC-USD", "AI_CAPEX", "QQQ"], Period.Year(year), year - 2024);
            var s = draws.Sample;
            var test = DependentCorrelations.Compare(s.Correlation(0, 2), s.Correlation(0, 1), s.Correlation(2, 1), draws.Observations);
            Reference.Close(r.GetProperty("steiger").GetProperty("z").GetDouble(), test.SteigerZ, $"{year} Steiger z");
            Reference.Close(r.GetProperty("steiger").GetProperty("t_p").GetDouble(), test.WilliamsP, $"{year} Williams p");
        }
    }
}
