using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Analytics;

public class RegimeTests
{
    private static readonly StudyData Data = StudyData.Load();

    private static Period PeriodOf(string label) => label switch
    {
        "before 2025-01-02" => Period.Before(new DateOnly(2025, 1, 2)),
        { Length: 4 } => Period.Year(int.Parse(label)),
        _ => Period.Quarter(int.Parse(label[..4]), label[5] - '0'),
    };

    [Fact]
    public void RegimeStatistics_MatchPandasAndStatsmodels()
    {
        var rows = Data.Reference.GetProperty("regimes").EnumerateArray().ToList();
        foreach (var r in rows)
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var factor = r.GetProperty("factor").GetString()!;
            var label = r.GetProperty("period").GetString()!;
            var period = PeriodOf(label);
            Assert.Equal(label, period.Label);
            var s = Data.Returns.RegimeStatistics(symbol, factor, period);
            var what = $"{symbol}~{factor} {label}";
            Assert.Equal(r.GetProperty("n").GetInt32(), s.Observations);
            Reference.Close(Reference.Value(r.GetProperty("correlation")), s.Correlation, what + " corr");
            Reference.Close(Reference.Value(r.GetProperty("beta")), s.Beta, what + " beta");
            Reference.Close(Reference.Value(r.GetProperty("beta_se")), s.BetaStandardError, what + " beta se");
        }
        Assert.True(rows.Count >= 70);
    }

    [Fact]
    public void RegimeTable_CoversEveryCombination_AndCorzBeforeListingIsMissing()
    {
        var table = Data.Returns.RegimeTable(["MINERS", "CORZ"], ["BTC-USD"], Period.Years(Data.Returns.Sessions));
        Assert.Equal(["2023", "2024", "2025", "2026"], table.Rows.Take(4).Select(r => r.Period.Label));
        var corz2023 = table.Rows.Single(r => r.Symbol == "CORZ" && r.Period.Label == "2023");
        Assert.Equal(0, corz2023.Observations);
        Assert.True(double.IsNaN(corz2023.Correlation) && double.IsNaN(corz2023.Beta));
        var df = table.ToDataFrame();
        Assert.Equal(8, df.Rows.Count);
        Assert.Null(df["beta"][4]);
        Assert.Equal(12, Period.Quarters(Data.Returns.Sessions).Count(q => q.From.Year < 2026));
    }

    [Fact]
    public void FisherZ_2024Versus2025_MatchesReference()
    {
        foreach (var r in Data.Reference.GetProperty("fisher").EnumerateArray())
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var factor = r.GetProperty("factor").GetString()!;
            var c = Data.Returns.CompareRegimes(symbol, factor, Period.Year(2024), Period.Year(2025));
            Reference.Close(r.GetProperty("z").GetDouble(), c.CorrelationTest.Z, $"{symbol}~{factor} z");
            Reference.Close(r.GetProperty("p").GetDouble(), c.CorrelationTest.P, $"{symbol}~{factor} p");
            Assert.Equal(c.First.Correlation, c.CorrelationTest.R1);
            Assert.Single(c.ToDataFrame().Rows);
        }
    }

    [Fact]
    public void FisherZ_HandValueAndErrors()
    {
        // atanh(0.5) = 0.549306..., atanh(0.2) = 0.202733...; se = sqrt(1/97 + 1/47).
        var f = FisherZ.Compare(0.5, 100, 0.2, 50);
        Assert.Equal((Math.Atanh(0.5) - Math.Atanh(0.2)) / Math.Sqrt(1.0 / 97 + 1.0 / 47), f.Z, 14);
        Assert.Equal(0.0511684108414564, f.P, 12); // 2Φ(-1.95006...), Python statistics.NormalDist
        Assert.Equal("r1", Assert.Throws<ArgumentOutOfRangeException>(() => FisherZ.Compare(double.NaN, 10, 0.1, 10)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherZ.Compare(0.1, 10, 1.5, 10));
        Assert.Throws<InsufficientDataException>(() => FisherZ.Compare(0.1, 3, 0.2, 10));
    }

    [Fact]
    public void Chow_PeriodsAndBreakDate_MatchStatsmodelsSsrs()
    {
        foreach (var r in Data.Reference.GetProperty("chow").EnumerateArray())
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var factors = r.GetProperty("factors").EnumerateArray().Select(f => f.GetString()!).ToList();
            var test = r.TryGetProperty("break", out var b)
                ? Data.Returns.ChowTest(symbol, factors, StudyData.Day(b.GetString()!))
                : Data.Returns.ChowTest(symbol, factors, Period.Year(2024), Period.Year(2025));
            var what = $"Chow {symbol}~{string.Join("+", factors)} {test.First.Label}/{test.Second.Label}";
            Assert.Equal(r.GetProperty("n1").GetInt32(), test.Observations1);
            Assert.Equal(r.GetProperty("n2").GetInt32(), test.Observations2);
            Assert.Equal(r.GetProperty("df1").GetInt32(), test.NumeratorDf);
            Assert.Equal(r.GetProperty("df2").GetInt32(), test.DenominatorDf);
            foreach (var (key, value) in new[] { ("pooled_ssr", test.PooledSsr), ("ssr1", test.Ssr1), ("ssr2", test.Ssr2), ("F", test.F), ("p", test.P) })
                Reference.Close(r.GetProperty(key).GetDouble(), value, $"{what} {key}", Reference.Relative);
        }
    }

    [Fact]
    public void ChowScan_FindsTheSameBreak()
    {
        foreach (var r in Data.Reference.GetProperty("chow_scan").EnumerateArray())
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var factors = r.GetProperty("factors").EnumerateArray().Select(f => f.GetString()!).ToList();
            var period = r.GetProperty("from").ValueKind == System.Text.Json.JsonValueKind.Null
                ? Period.All
                : new Period(StudyData.Day(r.GetProperty("from").GetString()!), StudyData.Day(r.GetProperty("to").GetString()!));
            var scan = Data.Returns.ChowScan(symbol, factors, period, r.GetProperty("trim").GetDouble());
            Assert.Equal(r.GetProperty("breaks").EnumerateArray().Select(d => StudyData.Day(d.GetString()!)), scan.Breaks);
            // F is a scaled difference of SSRs, accurate in absolute terms: near-zero F values (MINERS over the whole
            // range has some of order 1e-5) are compared to 1e-9 of the scan's largest F, not of themselves.
            var expectedF = Reference.Array(r.GetProperty("F"));
            Assert.Equal(expectedF.Length, scan.F.Length);
            var scale = r.GetProperty("sup_F").GetDouble();
            for (var i = 0; i < expectedF.Length; i++)
                Assert.True(Math.Abs(scan.F[i] - expectedF[i]) <= Reference.Relative * scale,
                    $"{symbol} scan F[{i}]: expected {expectedF[i]:R}, got {scan.F[i]:R} (tolerance {Reference.Relative * scale:E3})");
            Assert.Equal(StudyData.Day(r.GetProperty("best_break").GetString()!), scan.BestBreak);
            Reference.Close(r.GetProperty("sup_F").GetDouble(), scan.SupF, "sup F");
            Reference.Close(r.GetProperty("p_at_best").GetDouble(), scan.AtBest.P, "p at best");
            Assert.Equal(scan.Breaks.Count, scan.ToDataFrame().Rows.Count);
        }
    }

    [Fact]
    public void Chow_BadArguments()
    {
        var r = Data.Returns;
        Assert.Throws<ArgumentException>(() => r.ChowTest("MINERS", ["BTC-USD"], Period.Year(2025), Period.Quarter(2025, 2)));
        Assert.Equal("breakSession", Assert.Throws<ArgumentOutOfRangeException>(() => r.ChowTest("MINERS", ["BTC-USD"], new DateOnly(2020, 1, 1), Period.Year(2025))).ParamName);
        Assert.Contains("(before 2020-01-01) needs at least 3 complete observations; found 0",
            Assert.Throws<InsufficientDataException>(() => r.ChowTest("MINERS", ["BTC-USD"], new DateOnly(2020, 1, 1))).Message);
        Assert.Throws<InsufficientDataException>(() => r.ChowTest("CRWV", ["BTC-USD"], Period.Year(2024), Period.Year(2025)));
        Assert.Equal("trim", Assert.Throws<ArgumentOutOfRangeException>(() => r.ChowScan("MINERS", ["BTC-USD"], trim: 0.5)).ParamName);
        var tiny = new SessionPanel(
            Enumerable.Range(0, 5).Select(i => new DateOnly(2025, 1, 6).AddDays(i)).ToList(), ["Y", "X"],
            [[1, 3, 2, 5, 4], [1, 2, 3, 4, 7]]); // 5 rows: a break needs 3 (> p = 2) on each side
        Assert.Throws<InsufficientDataException>(() => tiny.ChowScan("Y", ["X"]));
    }
}
