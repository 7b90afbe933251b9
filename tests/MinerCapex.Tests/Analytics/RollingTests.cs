using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Analytics;

public class RollingTests
{
    private static readonly StudyData Data = StudyData.Load();

    [Fact]
    public void WindowCorrelationAndBeta_MatchPandasRolling()
    {
        var compared = 0;
        foreach (var r in Data.Reference.GetProperty("rolling").EnumerateArray())
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var factor = r.GetProperty("factor").GetString()!;
            var w = r.GetProperty("window").GetInt32();
            var s = Data.Returns.RollingRelation(symbol, factor, RollingScheme.Window(w));
            compared += Reference.Series(Reference.Array(r.GetProperty("correlation")), s.Correlation, $"{symbol}~{factor} corr {w}");
            Reference.Series(Reference.Array(r.GetProperty("beta")), s.Beta, $"{symbol}~{factor} beta {w}");
        }
        Assert.True(compared > 8000, $"only {compared} values compared");
    }

    [Fact]
    public void ExponentialCorrelationAndBeta_MatchPandasEwm()
    {
        var compared = 0;
        foreach (var r in Data.Reference.GetProperty("ewm").EnumerateArray())
        {
            var symbol = r.GetProperty("symbol").GetString()!;
            var factor = r.GetProperty("factor").GetString()!;
            var scheme = RollingScheme.HalfLife(r.GetProperty("half_life").GetDouble(), r.GetProperty("min_observations").GetInt32());
            var s = Data.Returns.RollingRelation(symbol, factor, scheme);
            compared += Reference.Series(Reference.Array(r.GetProperty("correlation")), s.Correlation, $"{symbol}~{factor} {scheme.Label} corr");
            Reference.Series(Reference.Array(r.GetProperty("beta")), s.Beta, $"{symbol}~{factor} {scheme.Label} beta");
        }
        Assert.True(compared > 4000, $"only {compared} values compared");
    }

    [Fact]
    public void RollingRelations_TableEqualsSingleSeries()
    {
        var table = Data.Returns.RollingRelations(["MINERS", "CIFR"], StudyData.Factors, RollingScheme.Window(60));
        Assert.Equal(6, table.Series.Count);
        var single = Data.Returns.RollingRelation("CIFR", "QQQ", RollingScheme.Window(60));
        Assert.Equal(single.Beta, table["CIFR", "QQQ"].Beta);
        var df = table.ToDataFrame();
        Assert.Equal(["session", "symbol", "factor", "scheme", "correlation", "beta"], df.Columns.Select(c => c.Name));
        Assert.Equal(table.Series.Sum(s => s.Correlation.Count(v => !double.IsNaN(v))), df.Rows.Count);
        Assert.Equal("60d", df["scheme"][0]);
    }

    [Fact]
    public void Rolling_ArrayApi_DatesValueAtWindowEnd()
    {
        double[] x = [1, 2, 4, 3, 5, 9, 2];
        double[] y = [2, 1, 3, 3, 6, 7, 1];
        var c = Rolling.Correlation(x, y, 3);
        var b = Rolling.Beta(x, y, 3);
        Assert.True(double.IsNaN(c[0]) && double.IsNaN(c[1]));
        for (var t = 2; t < x.Length; t++)
        {
            var m = Pearson.Correlation(x.AsSpan(t - 2, 3), y.AsSpan(t - 2, 3));
            Assert.Equal(m.Value, c[t], 13);
            var fit = Ols.Fit(x, [y], t - 2, 3, ["y"]);
            Assert.Equal(fit["y"].Estimate, b[t], 12);
        }
    }

    [Fact]
    public void MissingValue_BlanksEveryWindowContainingIt()
    {
        var rng = new Random(3);
        var x = Enumerable.Range(0, 40).Select(_ => rng.NextDouble()).ToArray();
        var y = Enumerable.Range(0, 40).Select(_ => rng.NextDouble()).ToArray();
        x[20] = double.NaN;
        var c = Rolling.Correlation(x, y, 5);
        for (var t = 20; t <= 24; t++) Assert.True(double.IsNaN(c[t]), $"t={t}");
        Assert.False(double.IsNaN(c[19]));
        Assert.False(double.IsNaN(c[25]));
        Assert.Equal(Pearson.Correlation(x.AsSpan(21, 5), y.AsSpan(21, 5)).Value, c[25], 13);
    }

    [Fact]
    public void AllMissingWindows_GiveNoValues()
    {
        var x = Enumerable.Repeat(double.NaN, 30).ToArray();
        var y = Enumerable.Range(0, 30).Select(i => (double)i).ToArray();
        Assert.All(Rolling.Correlation(x, y, 10), v => Assert.True(double.IsNaN(v)));
        Assert.All(Rolling.EwCorrelation(x, y, 5), v => Assert.True(double.IsNaN(v)));
        // CRWV (listed 2025-03-28) has no value in 2024 in the study panel either.
        var s = Data.Returns.RollingRelation("CRWV", "BTC-USD", RollingScheme.Window(60));
        Assert.True(double.IsNaN(s.Correlation[Data.Returns.IndexOf(new DateOnly(2024, 12, 31))]));
        Assert.False(double.IsNaN(s.Correlation[^1]));
    }

    [Fact]
    public void ConstantWindow_IsUndefinedCorrelation_AndZeroBetaForAConstantSeries()
    {
        // Values like 0.1 whose running mean is not exactly 0.1: the exact-constant guard must still give 0 variance.
        double[] flat = [0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.7, 0.2];
        double[] f = [1, 2, 3, 1, 2, 5, 4, 3];
        var (c, b) = Rolling.CorrelationAndBeta(flat, f, RollingScheme.Window(4));
        Assert.True(double.IsNaN(c[4]) && double.IsNaN(c[5]));
        Assert.Equal(0.0, b[4]);
        Assert.False(double.IsNaN(c[6]));
        var (c2, b2) = Rolling.CorrelationAndBeta(f, flat, RollingScheme.Window(4));
        Assert.True(double.IsNaN(c2[5]) && double.IsNaN(b2[5])); // constant factor: beta undefined
        var (ce, be) = Rolling.CorrelationAndBeta([0.1, 0.1, 0.1, 0.1], [1.0, 2, 3, 4], RollingScheme.HalfLife(2, 2));
        Assert.True(double.IsNaN(ce[3]));
        Assert.Equal(0.0, be[3]);
    }

    [Fact]
    public void BadWindows_NameTheParameter()
    {
        double[] x = [1, 2, 3, 4, 5];
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Rolling.Correlation(x, x, 2)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => RollingScheme.Window(1)).ParamName);
        var longer = Assert.Throws<ArgumentOutOfRangeException>(() => Rolling.Beta(x, x, 6));
        Assert.Equal("window", longer.ParamName);
        Assert.Contains("longer than the data", longer.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Data.Returns.RollingRelation("MARA", "QQQ", RollingScheme.Window(Data.Returns.Length + 1)));
        Assert.Equal("halfLife", Assert.Throws<ArgumentOutOfRangeException>(() => RollingScheme.HalfLife(0)).ParamName);
        Assert.Equal("minObservations", Assert.Throws<ArgumentOutOfRangeException>(() => RollingScheme.HalfLife(5, 1)).ParamName);
        Assert.Throws<ArgumentException>(() => Rolling.Correlation(x, [1.0, 2, 3], 3));
    }

    [Fact]
    public void LongSeries_RollingUpdatesDoNotDrift()
    {
        // Returns on a large offset over 20,000 sessions: the rolling co-moments must stay exact.
        var rng = new Random(11);
        var x = Enumerable.Range(0, 20_000).Select(_ => 1000 + rng.NextDouble() * 0.01).ToArray();
        var y = x.Select(v => 0.5 * v + rng.NextDouble() * 0.01).ToArray();
        var c = Rolling.Correlation(x, y, 50);
        foreach (var t in new[] { 49, 10_000, 19_999 })
            Assert.Equal(Pearson.Correlation(x.AsSpan(t - 49, 50), y.AsSpan(t - 49, 50)).Value, c[t], 9);
    }

    [Fact]
    public void RelationSeries_ToDataFrame_KeepsDefinedRows()
    {
        var s = Data.Returns.RollingRelation("MINERS", "BTC-USD", RollingScheme.Window(60));
        var df = s.ToDataFrame();
        Assert.Equal(s.Correlation.Count(v => !double.IsNaN(v)), df.Rows.Count);
        Assert.Equal(Data.Returns.Sessions[60].ToDateTime(TimeOnly.MinValue), df["session"][0]);
        _ = new SessionPanel([], [], []); // an empty panel is legal; analytics on it must fail clearly
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionPanel([], ["A", "B"], [[], []]).RollingRelation("A", "B", RollingScheme.Window(3)));
    }
}
