using System.Text.Json;
using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class FactorColumnsTests
{
    private static readonly StudyData Data = StudyData.Load();

    private static JsonElement Year(int year) => BootstrapReference.Load("factor_reference.json").GetProperty("periods").GetProperty(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void OrthogonalisedAiFactor_ThreeFactorFitAndShares_MatchStatsmodels(int year)
    {
        var r = Year(year).GetProperty("three_factor");
        var period = Period.Year(year);
        var panel = Data.Returns.With("AI_ORTH", Data.Returns.Orthogonalised("AI_CAPEX", "QQQ", period));
        var fit = panel.FactorRegression("MINERS", ["BTC-USD", "AI_ORTH", "QQQ"], period, OlsOptions.NeweyWest());
        Assert.Equal(r.GetProperty("n").GetInt32(), fit.Fit.Observations);
        Reference.Series(Reference.Array(r.GetProperty("params")), fit.Fit.Coefficients.Select(c => c.Estimate).ToArray(), "params");
        Reference.Series(Reference.Array(r.GetProperty("se")), fit.Fit.Coefficients.Select(c => c.StandardError).ToArray(), "HAC s.e.");
        Reference.Series(Reference.Array(r.GetProperty("shares")), fit.Shares.Select(s => s.Share).ToArray(), "orthogonal shares", 1e-8);
        var raw = Data.Returns.FactorRegression("MINERS", ["BTC-USD", "AI_CAPEX", "QQQ"], period);
        Reference.Series(Reference.Array(r.GetProperty("raw_shares")), raw.Shares.Select(s => s.Share).ToArray(), "raw shares", 1e-8);
        // Frisch–Waugh: the bitcoin and AI betas do not move; only the split of R² does.
        Assert.Equal(raw.Fit["BTC-USD"].Estimate, fit.Fit["BTC-USD"].Estimate, 12);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void DimsonBeta_SummedBitcoinBetaAndItsHacError_MatchStatsmodels(int year)
    {
        var r = Year(year).GetProperty("dimson");
        var d = Data.Returns.DimsonRegression("MINERS", "BTC-USD", ["AI_CAPEX", "QQQ"], Period.Year(year), OlsOptions.NeweyWest());
        Assert.Equal(r.GetProperty("n").GetInt32(), d.Fit.Fit.Observations);
        Reference.Series(Reference.Array(r.GetProperty("params")), d.Fit.Fit.Coefficients.Select(c => c.Estimate).ToArray(), "params");
        Reference.Series(Reference.Array(r.GetProperty("se")), d.Fit.Fit.Coefficients.Select(c => c.StandardError).ToArray(), "HAC s.e.");
        Reference.Close(r.GetProperty("sum").GetDouble(), d.Sum, "summed beta");
        Reference.Close(r.GetProperty("sum_se").GetDouble(), d.SumStandardError, "summed beta s.e.");
        Reference.Close(r.GetProperty("sum_share").GetDouble(), d.SumShare, "summed share", 1e-8);
    }

    [Fact]
    public void Shifted_TakesTheNextSessionsValue_AndLeavesTheEndsMissing()
    {
        var lead = Data.Returns.Shifted("BTC-USD", 1);
        var btc = Data.Returns["BTC-USD"];
        Assert.Equal(btc[101], lead[100]);
        Assert.True(double.IsNaN(lead[^1]));
        Assert.True(double.IsNaN(Data.Returns.Shifted("BTC-USD", -1)[0]));
    }
}
