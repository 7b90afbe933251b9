using MinerCapex.Indices;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Analytics;

public class IndexTests
{
    private static readonly StudyData Data = StudyData.Load();

    [Fact]
    public void Panel_MatchesReferenceDefinitions()
    {
        foreach (var p in Data.Reference.GetProperty("panel").EnumerateObject())
        {
            var prices = Data.Prices[p.Name];
            Assert.Equal(p.Value.GetProperty("present").GetInt32(), prices.Count(v => !double.IsNaN(v)));
            var logs = Returns.LogReturns(prices).Where(v => !double.IsNaN(v)).Sum();
            Reference.Close(p.Value.GetProperty("log_return_sum").GetDouble(), logs, $"{p.Name} sum of log returns", 1e-11);
        }
    }

    [Theory]
    [InlineData(StudyBaskets.MinerIndex)]
    [InlineData(StudyBaskets.AiCapexIndex)]
    public void Index_MatchesReference(string name)
    {
        var index = name == StudyBaskets.MinerIndex ? Data.MinerIndex : Data.AiIndex;
        Assert.True(Reference.Index(Data.Reference.GetProperty("indices").GetProperty(name), index, name) > 900);
    }

    [Fact]
    public void StudyIndices_TakeTheirMembersFromTheUniverse()
    {
        Assert.Equal(StudyData.Miners, Data.MinerIndex.Members);
        Assert.Equal(StudyData.AiCapex, Data.AiIndex.Members);
        Assert.Equal(Data.Prices.Symbols.Count + 2, Data.Returns.Symbols.Count);
        Assert.Equal(Data.MinerIndex.LogReturns, Data.Returns[StudyBaskets.MinerIndex]);
    }

    [Fact]
    public void MinerIndex_LeavesOutMembersWithoutReturn()
    {
        // CORZ relisted 2024-01-24 (no return that day); CLSK's placeholder 2024-11-08 removes two returns.
        var i = Data.Prices.IndexOf(new DateOnly(2024, 11, 8));
        Assert.Equal(11, Data.MinerIndex.Constituents[i]);
        Assert.Equal(11, Data.MinerIndex.Constituents[i + 1]);
        Assert.Equal(11, Data.MinerIndex.Constituents[Data.Prices.IndexOf(new DateOnly(2024, 1, 24))]);
        Assert.Equal(12, Data.MinerIndex.Constituents[Data.Prices.IndexOf(new DateOnly(2024, 1, 25))]);
        Assert.Equal(100.0, Data.MinerIndex.Levels[0]);
    }

    [Fact]
    public void RebasedLevels_Are100OnTheBaseSession()
    {
        var day = new DateOnly(2025, 1, 2);
        var rebased = Data.AiIndex.RebasedLevels(day);
        Assert.Equal(100.0, rebased[Data.Prices.IndexOf(day)], 12);
        Assert.Throws<ArgumentException>(() => Data.AiIndex.RebasedLevels(new DateOnly(2025, 1, 4)));
    }

    [Fact]
    public void Build_Synthetic_EqualWeightsAndLogOfMean()
    {
        var prices = new SessionPanel(
            [new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 3), new DateOnly(2025, 1, 6)],
            ["A", "B"],
            [[10.0, 11.0, 12.1], [20.0, double.NaN, 18.0]]);
        var index = prices.Build(["A", "B"], "IX");
        Assert.True(double.IsNaN(index.SimpleReturns[0]));
        Assert.Equal(0.1, index.SimpleReturns[1], 14); // only A has a return
        Assert.Equal(0.1, index.SimpleReturns[2], 14); // B has no return (previous price missing)
        Assert.Equal([0, 1, 1], index.Constituents);
        Assert.Equal(Math.Log(1.1), index.LogReturns[1], 14);
        Assert.Equal(121.0, index.Levels[2], 12);
        var df = index.ToDataFrame();
        Assert.Equal(3, df.Rows.Count);
        Assert.Null(df["simple_return"][0]);
    }

    [Fact]
    public void Build_BadMembers_ClearErrors()
    {
        var prices = Data.Prices;
        Assert.Throws<ArgumentException>(() => prices.Build([], "X"));
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => prices.Build(["MARA", "mara"], "X")).Message);
        Assert.Contains("Known symbols", Assert.Throws<KeyNotFoundException>(() => prices.Build(["NOPE"], "X")).Message);
        Assert.Throws<ArgumentException>(() => Data.Returns.WithColumn("MINERS", new double[Data.Returns.Length]));
    }
}
