using System.Text.Json;
using MinerCapex.Charts;
using MinerCapex.Data;

namespace MinerCapex.Tests.Charts;

public class ChartTests
{
    private static readonly DateOnly[] Days = [new(2025, 9, 8), new(2025, 9, 9), new(2025, 9, 10)];

    private static JsonElement Json(ChartFigure figure) => ChartJson.Of(figure);

    [Fact]
    public void TimeSeries_LogScale_MissingAsNull_EventsByCategory()
    {
        var fig = TimeSeriesChart.Create(
            [new ChartSeries("Miner index", Days, [100.0, double.NaN, 120.0], ChartStyle.Colors.Miners)],
            "Levels", "Index (rebased to 100, log scale)", logY: true,
            events: [new EventMarker(Days[1], "Nebius deal", EventCategory.AiCapex),
                     new EventMarker(Days[2], "BTC news", EventCategory.Btc),
                     new EventMarker(new DateOnly(2030, 1, 1), "outside the data", EventCategory.Btc)]);
        var json = Json(fig);

        var data = json.GetProperty("data");
        Assert.Equal(3, data.GetArrayLength()); // the line + one marker trace per category present
        Assert.Equal(JsonValueKind.Null, data[0].GetProperty("y")[1].ValueKind);
        Assert.Equal("log", json.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal(2, json.GetProperty("layout").GetProperty("shapes").GetArrayLength());
        // The AI capex marker sits on the anchor series at its session; a missing anchor value stays null.
        var aiTrace = data.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "event: ai_capex");
        Assert.Equal(JsonValueKind.Null, aiTrace.GetProperty("y")[0].ValueKind);
        var btcTrace = data.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "event: btc");
        Assert.Equal(120.0, btcTrace.GetProperty("y")[0].GetDouble());
        var source = json.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString();
        Assert.Equal(ChartStyle.DefaultSource, source);
    }

    [Fact]
    public void Heatmap_PinsScaleAndPrintsValues()
    {
        var m = new double[,] { { 1.0, 0.456 }, { 0.456, 1.0 } };
        var json = Json(HeatmapChart.Correlation(["MARA", "BTC-USD"], m, "2025"));
        var trace = json.GetProperty("data")[0];
        Assert.Equal(-1.0, trace.GetProperty("zmin").GetDouble());
        Assert.Equal(1.0, trace.GetProperty("zmax").GetDouble());
        Assert.Equal("0.46", trace.GetProperty("text")[0][1].GetString());
    }

    [Fact]
    public void Heatmap_WrongShape_Throws() =>
        Assert.Throws<ArgumentException>(() => HeatmapChart.Correlation(["A"], new double[2, 2], "x"));

    [Fact]
    public void Dumbbell_OneConnectorPerLabelPlusTwoDotTraces()
    {
        var json = Json(DumbbellChart.Create(["CIFR", "MARA"], [0.6, 0.7], [0.3, 0.65], "2024", "2025", [true, false], "ρ with BTC", "Pearson ρ"));
        var data = json.GetProperty("data");
        Assert.Equal(4, data.GetArrayLength());
        Assert.Equal(3, data[0].GetProperty("line").GetProperty("width").GetInt32());
        Assert.Equal(2, data[1].GetProperty("line").GetProperty("width").GetInt32());
    }

    [Fact]
    public void Bars_LengthMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => BarChart.Horizontal(["a", "b"], [1.0], "t", "US$ bn"));

    [Fact]
    public void GroupedBars_OneTracePerSeries()
    {
        var json = Json(BarChart.Grouped(["[0,0]", "[0,+1]"], [new BarSeries("ai_pivot", [0.05, 0.08]), new BarSeries("btc_centric", [0.01, double.NaN])], "CAR", "log return"));
        Assert.Equal(2, json.GetProperty("data").GetArrayLength());
        Assert.Equal("group", json.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data")[1].GetProperty("y")[1].ValueKind);
    }
}
