using System.Text.Json;
using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class FactorRegressionTests
{
    private static readonly StudyData Data = StudyData.Load();

    private static Period PeriodOf(string label) => label == "all" ? Period.All : Period.Year(int.Parse(label));

    private static void AssertFit(JsonElement expected, OlsResult actual, string what)
    {
        var terms = actual.Coefficients;
        Assert.Equal(expected.GetProperty("n").GetInt32(), actual.Observations);
        foreach (var (key, pick) in new (string, Func<OlsCoefficient, double>)[]
                 { ("params", c => c.Estimate), ("bse", c => c.StandardError), ("t", c => c.T), ("p", c => c.P) })
        {
            var values = Reference.Array(expected.GetProperty(key));
            for (var i = 0; i < values.Length; i++) Reference.Close(values[i], pick(terms[i]), $"{what} {key}[{terms[i].Term}]");
        }
        Reference.Close(expected.GetProperty("r2").GetDouble(), actual.RSquared, what + " R²");
        Reference.Close(expected.GetProperty("adj_r2").GetDouble(), actual.AdjustedRSquared, what + " adj R²");
        Reference.Close(expected.GetProperty("ssr").GetDouble(), actual.ResidualSumOfSquares, what + " SSR");
    }

    [Fact]
    public void FactorRegressions_MatchStatsmodels_WithShapleyShares()
    {
        var refs = Data.Reference.GetProperty("factor_regressions").EnumerateArray().ToList();
        foreach (var label in new[] { "all", "2025" })
        {
            var table = Data.Returns.FactorRegressions(["MINERS", .. StudyData.Miners], StudyData.Factors, PeriodOf(label));
            Assert.Empty(table.Skipped);
            foreach (var r in refs.Where(e => e.GetProperty("period").GetString() == label))
            {
                var symbol = r.GetProperty("symbol").GetString()!;
                var fit = table[symbol];
                AssertFit(r.GetProperty("classical"), fit.Fit, $"{symbol} {label}");
                Assert.Equal(StudyData.Day(r.GetProperty("first").GetString()!), fit.FirstSession);
                Assert.Equal(StudyData.Day(r.GetProperty("last").GetString()!), fit.LastSession);
                var shares = Reference.Array(r.GetProperty("shapley"));
                for (var j = 0; j < shares.Length; j++) Reference.Close(shares[j], fit.Shares[j].Share, $"{symbol} {label} Shapley {fit.Shares[j].Factor}");
                Assert.Equal(fit.Fit.RSquared, fit.Shares.Sum(s => s.Share), 12);
            }
        }
    }

    [Fact]
    public void NeweyWest_MatchesStatsmodelsHac()
    {
        foreach (var r in Data.Reference.GetProperty("factor_regressions").EnumerateArray().Where(e => e.TryGetProperty("hac_default", out _)))
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var period = PeriodOf(r.GetProperty("period").GetString()!);
            var byDefault = Data.Returns.FactorRegression(symbol, StudyData.Factors, period, OlsOptions.NeweyWest());
            Assert.Equal(r.GetProperty("hac_default_lag").GetInt32(), byDefault.Fit.HacLag);
            AssertFit(r.GetProperty("hac_default"), byDefault.Fit, $"{symbol} HAC default");
            AssertFit(r.GetProperty("hac_lag10"), Data.Returns.FactorRegression(symbol, StudyData.Factors, period, OlsOptions.NeweyWest(10)).Fit, $"{symbol} HAC 10");
        }
        Assert.Equal(6, NeweyWestLag.Default(772));
        Assert.Equal(5, NeweyWestLag.Default(620));
        Assert.Equal(6, NeweyWestLag.Default(621));
        Assert.Equal(4, NeweyWestLag.Default(250));
    }

    [Fact]
    public void RollingFactorRegression_MatchesStatsmodelsRollingOls()
    {
        var compared = 0;
        foreach (var r in Data.Reference.GetProperty("rolling_ols").EnumerateArray())
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var rolling = Data.Returns.RollingFactorRegression(symbol, StudyData.Factors, r.GetProperty("window").GetInt32());
            compared += Reference.Series(Reference.Array(r.GetProperty("alpha")), rolling.Alpha, symbol + " alpha", 1e-8);
            var betas = r.GetProperty("betas").EnumerateArray().Select(Reference.Array).ToList();
            for (var j = 0; j < betas.Count; j++) Reference.Series(betas[j], rolling.Beta(StudyData.Factors[j]), $"{symbol} beta {StudyData.Factors[j]}");
            Reference.Series(Reference.Array(r.GetProperty("r2")), rolling.RSquared, symbol + " R²");
        }
        Assert.True(compared > 1500);
    }

    [Fact]
    public void LateListing_IsSkippedWithReason()
    {
        var table = Data.Returns.FactorRegressions(["CRWV", "MARA", "BMNR"], StudyData.Factors, Period.Year(2024));
        Assert.Equal(["MARA"], table.Results.Select(r => r.Symbol));
        Assert.Equal(["CRWV", "BMNR"], table.Skipped.Select(s => s.Symbol));
        Assert.Contains("needs at least 5 complete observations; found 0", table.Skipped[0].Reason);
        Assert.Contains("skipped", Assert.Throws<KeyNotFoundException>(() => table["CRWV"]).Message);
        Assert.Throws<InsufficientDataException>(() => Data.Returns.FactorRegression("CRWV", StudyData.Factors, Period.Year(2024)));
        Assert.Throws<KeyNotFoundException>(() => Data.Returns.FactorRegressions(["NOPE"], StudyData.Factors));
    }

    [Fact]
    public void Tables_ToDataFrame()
    {
        var table = Data.Returns.FactorRegressions(["MINERS", "CIFR"], StudyData.Factors, Period.Year(2025));
        var df = table.ToDataFrame();
        Assert.Equal(8, df.Rows.Count);
        Assert.Equal("const", df["term"][0]);
        Assert.Null(df["shapley_share"][0]);
        Assert.Equal(table["MINERS"].Shares[0].Share, (double)df["shapley_share"][1]!);
        var rolling = Data.Returns.RollingFactorRegression("MINERS", StudyData.Factors, 60).ToDataFrame();
        Assert.Equal(["session", "alpha", "beta_BTC-USD", "beta_AI_CAPEX", "beta_QQQ", "r_squared"], rolling.Columns.Select(c => c.Name));
        Assert.Equal(Data.Returns.Length - 60, rolling.Rows.Count);
    }

    [Fact]
    public void RollingRegression_BadWindow()
    {
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Data.Returns.RollingFactorRegression("MINERS", StudyData.Factors, 2)).ParamName);
        Assert.Contains("at least 5", Assert.Throws<ArgumentOutOfRangeException>(() => Data.Returns.RollingFactorRegression("MINERS", StudyData.Factors, 4)).Message);
    }
}
