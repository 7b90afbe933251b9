using System.Text.Json;
using MinerCapex.Charts;

namespace MinerCapex.Tests.Charts;

public class EventStudyChartTests
{
    [Fact]
    public void EventTime_IntegerAxis_DayZeroLine_PercentTicks_Gaps()
    {
        var fig = EventTimeChart.Create(
            [new EventTimeSeries("miners", [-1, 0, 1], [0.01, double.NaN, 0.12], ChartStyle.Colors.Miners),
             new EventTimeSeries("ai_pivot", [-1, 0, 1], [0.0, 0.1, 0.2], Dash: "dot")],
            "Mean CAR around the Nebius deal", "Mean CAR (log return)");
        var json = ChartJson.Of(fig);
        var data = json.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal([-1, 0, 1], data[0].GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(JsonValueKind.Null, data[0].GetProperty("y")[1].ValueKind);
        Assert.Equal("dot", data[1].GetProperty("line").GetProperty("dash").GetString());
        var layout = json.GetProperty("layout");
        Assert.Equal(1, layout.GetProperty("xaxis").GetProperty("dtick").GetInt32());
        Assert.Equal(".1%", layout.GetProperty("yaxis").GetProperty("tickformat").GetString());
        Assert.Equal("Mean CAR (log return)", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        var dayZero = layout.GetProperty("shapes")[0];
        Assert.Equal(0, dayZero.GetProperty("x0").GetInt32());
        Assert.Equal(ChartStyle.DefaultSource, layout.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.Throws<ArgumentException>(() => EventTimeChart.Create([new EventTimeSeries("x", [0, 1], [0.1])], "t", "y"));
        Assert.Throws<ArgumentException>(() => EventTimeChart.Create([], "t", "y"));
    }

    [Fact]
    public void IntervalBars_AsymmetricErrorBars_FromTheBounds()
    {
        var fig = IntervalBarChart.Grouped(["ai", "btc"],
            [new IntervalSeries("miners", [0.02, 0.05], [-0.01, 0.03], [0.05, 0.08], ChartStyle.Colors.Miners, ["t = 1.2", "t = 4.0"]),
             new IntervalSeries("ai_pivot", [0.03, double.NaN], [0.0, double.NaN], [0.07, double.NaN])],
            "Mean CAR by pool", "Mean CAR [0,+1] (log return)", "Event pool");
        var json = ChartJson.Of(fig);
        var bars = json.GetProperty("data");
        Assert.Equal(2, bars.GetArrayLength());
        var err = bars[0].GetProperty("error_y");
        Assert.False(err.GetProperty("symmetric").GetBoolean());
        Assert.Equal(0.03, err.GetProperty("array")[0].GetDouble(), 12);      // upper − value
        Assert.Equal(0.03, err.GetProperty("arrayminus")[0].GetDouble(), 12); // value − lower
        Assert.Equal(0.02, err.GetProperty("arrayminus")[1].GetDouble(), 12);
        Assert.Contains("interval -1.0% to 5.0%<br>t = 1.2", bars[0].GetProperty("text")[0].GetString());
        Assert.Equal(JsonValueKind.Null, bars[1].GetProperty("y")[1].ValueKind);
        Assert.Equal("no interval", bars[1].GetProperty("text")[1].GetString());
        Assert.Equal("group", json.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Throws<ArgumentException>(() => IntervalBarChart.Grouped(["ai"], [new IntervalSeries("x", [0.1], [], [])], "t", "y"));
    }
}
