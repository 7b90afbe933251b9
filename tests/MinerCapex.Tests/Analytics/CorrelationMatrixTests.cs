using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Analytics;

public class CorrelationMatrixTests
{
    private static readonly StudyData Data = StudyData.Load();

    [Theory]
    [InlineData("all_full")]
    [InlineData("study_2025")]
    [InlineData("study_2024")]
    public void Matrix_MatchesPandasCorr(string name)
    {
        var r = Data.Reference.GetProperty("correlation").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        var symbols = r.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()!).ToList();
        var period = r.GetProperty("from").ValueKind == System.Text.Json.JsonValueKind.Null
            ? Period.All
            : new Period(StudyData.Day(r.GetProperty("from").GetString()!), StudyData.Day(r.GetProperty("to").GetString()!));
        var m = Data.Returns.CorrelationMatrix(symbols, period);
        var values = r.GetProperty("values").EnumerateArray().Select(Reference.Array).ToList();
        var counts = r.GetProperty("counts").EnumerateArray().Select(row => row.EnumerateArray().Select(c => c.GetInt32()).ToArray()).ToList();
        for (var i = 0; i < symbols.Count; i++)
        for (var j = 0; j < symbols.Count; j++)
        {
            Reference.Close(values[i][j], m[i, j], $"{name} corr({symbols[i]}, {symbols[j]})");
            Assert.Equal(counts[i][j], m.Count(symbols[i], symbols[j]));
        }
    }

    [Fact]
    public void Study2025_UsesTheCompleteFastPath_And2024ThePairwisePath()
    {
        var r = Data.Reference.GetProperty("correlation").EnumerateArray().ToList();
        Assert.False(r.Single(e => e.GetProperty("name").GetString() == "study_2025").GetProperty("has_missing").GetBoolean());
        Assert.True(r.Single(e => e.GetProperty("name").GetString() == "study_2024").GetProperty("has_missing").GetBoolean());
    }

    [Fact]
    public void FastAndPairwisePaths_AgreeOnCompleteData()
    {
        var rng = new Random(7);
        var cols = Enumerable.Range(0, 37).Select(c => Enumerable.Range(0, 503).Select(_ => rng.NextDouble() + c * 1e3).ToArray()).ToList();
        var fast = CorrelationMatrices.Compute(cols, 0, 503).Values;
        // Same data with one NaN appended far away forces the pairwise engine over identical pairs.
        var withGap = cols.Select(c => c.Append(double.NaN).ToArray()).ToList();
        var pairwise = CorrelationMatrices.Compute(withGap, 0, 504).Values;
        for (var i = 0; i < fast.Length; i++) Assert.Equal(fast[i], pairwise[i], 1e-12);
        // And both equal the two-pass scalar Pearson.
        for (var i = 0; i < 37; i += 5)
        for (var j = 0; j < 37; j += 3)
            Assert.Equal(Pearson.Correlation(cols[i], cols[j]).Value, fast[i * 37 + j], 1e-12);
    }

    [Fact]
    public void ConstantSeries_IsUndefined_NotNoise()
    {
        var sessions = Enumerable.Range(0, 5).Select(i => new DateOnly(2025, 1, 6).AddDays(i)).ToList();
        var panel = new SessionPanel(sessions, ["A", "FLAT", "B"],
            [[1, 2, 3, 5, 4], [0.1, 0.1, 0.1, 0.1, 0.1], [2, 1, 4, 3, double.NaN]]);
        foreach (var period in new[] { Period.All, new Period(sessions[0], sessions[3]) })
        {
            var m = panel.CorrelationMatrix(period: period);
            Assert.True(double.IsNaN(m["FLAT", "A"]));
            Assert.True(double.IsNaN(m["FLAT", "FLAT"]));
            Assert.Equal(1.0, m["A", "A"]);
            Assert.Equal(Pearson.Correlation(panel["A"].AsSpan(0, 4), panel["B"].AsSpan(0, 4)).Value, m["A", "B"], 14);
        }
        Assert.True(double.IsNaN(Pearson.Correlation([1.0, 2.0], [double.NaN, 3.0]).Value));
    }

    [Fact]
    public void EmptyPeriodAndUnknownSymbol_ClearErrors()
    {
        var e = Assert.Throws<ArgumentException>(() => Data.Returns.CorrelationMatrix(["MARA", "RIOT"], Period.Year(2019)));
        Assert.Contains("2019", e.Message);
        Assert.Contains("no session", e.Message);
        Assert.Throws<KeyNotFoundException>(() => Data.Returns.CorrelationMatrix(["MARA", "XXX"]));
        var m = Data.Returns.CorrelationMatrix(["MARA", "RIOT"], Period.Year(2025));
        Assert.Contains("not in the correlation matrix", Assert.Throws<KeyNotFoundException>(() => m["MARA", "CIFR"]).Message);
    }

    [Fact]
    public void ToDataFrame_IsSquareWithNullsForUndefined()
    {
        var m = Data.Returns.CorrelationMatrix(["CRWV", "MARA", "BTC-USD"], Period.Year(2024));
        var df = m.ToDataFrame();
        Assert.Equal(3, df.Rows.Count);
        Assert.Equal(["symbol", "CRWV", "MARA", "BTC-USD"], df.Columns.Select(c => c.Name));
        Assert.Null(df["CRWV"][1]); // CRWV listed 2025-03-28: no pairs in 2024
        Assert.Equal(m["MARA", "BTC-USD"], (double)df["BTC-USD"][1]!);
        Assert.Equal(m.ToArray()[1, 2], m["MARA", "BTC-USD"]);
    }
}
