using System.Text.Json;
using MinerCapex.Charts;
using MinerCapex.Data;

namespace MinerCapex.Tests.Charts;

public class ChartHelperTests
{
    private static JsonElement Json(ChartFigure figure) => ChartJson.Of(figure);

    [Fact]
    public void Between_KeepsTheDatesInsideBothEnds()
    {
        DateOnly[] days = [new(2023, 12, 29), new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)];
        var s = new ChartSeries("x", days, [1.0, 2.0, 3.0, 4.0]).Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 3));
        Assert.Equal([days[1], days[2]], s.Dates);
        Assert.Equal([2.0, 3.0], s.Values);
        Assert.Equal("x", s.Name);
    }

    [Fact]
    public void Between_MismatchedSeries_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChartSeries("x", [new DateOnly(2024, 1, 2)], [1.0, 2.0]).Between(DateOnly.MinValue, DateOnly.MaxValue));

    [Fact]
    public void Stacked_OneHorizontalTracePerPart_StackedAndPrinted()
    {
        var json = Json(BarChart.Stacked(["MARA", "IREN"],
            [new BarSeries("BTC", [0.4, 0.2], ChartStyle.Colors.Bitcoin), new BarSeries("AI basket", [0.05, double.NaN])],
            "Variance shares", "Share of variance", valueFormat: ".0%"));
        var data = json.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal("stack", json.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.All(data.EnumerateArray(), t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal("%{x:.0%}", data[0].GetProperty("texttemplate").GetString());
        Assert.Equal(JsonValueKind.Null, data[1].GetProperty("x")[1].ValueKind);
    }

    [Fact]
    public void Stacked_WrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => BarChart.Stacked(["a", "b"], [new BarSeries("s", [1.0])], "t", "x"));

    [Fact]
    public void HorizontalLine_SpansThePlotAtItsHeight_WithItsLabel()
    {
        var figure = TimeSeriesChart.Create([new ChartSeries("F", [new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 3)], [1.0, 5.0])], "Chow F", "F")
            .WithHorizontalLine(4.09, "5% critical value");
        var layout = Json(figure).GetProperty("layout");
        var line = layout.GetProperty("shapes")[0];
        Assert.Equal((0.0, 1.0, 4.09, 4.09), (line.GetProperty("x0").GetDouble(), line.GetProperty("x1").GetDouble(), line.GetProperty("y0").GetDouble(), line.GetProperty("y1").GetDouble()));
        Assert.Equal("paper", line.GetProperty("xref").GetString());
        Assert.Contains(layout.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString() == "5% critical value");
    }

    [Fact]
    public void DateMarks_LineAndBandStandAtTheirSessions_BandBehindTheLines()
    {
        var figure = TimeSeriesChart.Create([new ChartSeries("beta", [new DateOnly(2025, 1, 2), new DateOnly(2025, 3, 3)], [1.0, 0.5])], "Betas", "Beta")
            .WithVerticalBand(new DateOnly(2025, 1, 10), new DateOnly(2025, 2, 14))
            .WithVerticalLine(new DateOnly(2025, 1, 27), "break 2025-01-27");
        var layout = Json(figure).GetProperty("layout");
        var (band, line) = (layout.GetProperty("shapes")[0], layout.GetProperty("shapes")[1]);
        Assert.Equal(("rect", "2025-01-10", "2025-02-14", "below"), (band.GetProperty("type").GetString(), band.GetProperty("x0").GetString(), band.GetProperty("x1").GetString(), band.GetProperty("layer").GetString()));
        Assert.Equal(("line", "2025-01-27", "2025-01-27"), (line.GetProperty("type").GetString(), line.GetProperty("x0").GetString(), line.GetProperty("x1").GetString()));
        Assert.Contains(layout.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString() == "break 2025-01-27");
        Assert.Throws<ArgumentException>(() => new ChartFigure().WithVerticalBand(new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void HorizontalLine_NotFinite_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChartFigure().WithHorizontalLine(double.NaN, "x"));

    [Fact]
    public void Frame_PutsTheSourceAFixedDistanceUnderThePlot_AndTheLegendAbove()
    {
        var layout = Json(new ChartFigure().Frame("t", "x", "y", height: 900)).GetProperty("layout");
        var source = layout.GetProperty("annotations")[0];
        Assert.Equal((0.0, -ChartStyle.SourceOffset), (source.GetProperty("y").GetDouble(), source.GetProperty("yshift").GetInt32()));
        Assert.True(layout.GetProperty("margin").GetProperty("b").GetInt32() > ChartStyle.SourceOffset);
        Assert.Equal((1.0, "bottom"), (layout.GetProperty("legend").GetProperty("y").GetDouble(), layout.GetProperty("legend").GetProperty("yanchor").GetString()));
    }

    [Fact]
    public void Stacked_AxisFormat_SetsTheValueAxisTicks()
    {
        var layout = Json(BarChart.Stacked(["a"], [new BarSeries("s", [0.5])], "t", "Share", axisFormat: ".0%")).GetProperty("layout");
        Assert.Equal(".0%", layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        Assert.Equal("Share", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void HeatmapDifference_IsAfterMinusBefore_BlankWhereEitherIsMissing()
    {
        var before = new double[,] { { 1.0, 0.6 }, { 0.6, double.NaN } };
        var after = new double[,] { { 1.0, 0.45 }, { 0.45, 1.0 } };
        var trace = Json(HeatmapChart.Difference(["MINERS", "BTC-USD"], before, after, "2025 minus 2024")).GetProperty("data")[0];
        Assert.Equal(-0.15, trace.GetProperty("z")[0][1].GetDouble(), 12);
        Assert.Equal(0.0, trace.GetProperty("z")[0][0].GetDouble());
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("z")[1][1].ValueKind);
        Assert.Equal("-0.15", trace.GetProperty("text")[1][0].GetString());
        Assert.Equal("change in ρ", trace.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        // The scale is fitted to the largest change (0.15), rounded up to a tenth, and symmetric.
        Assert.Equal((-0.2, 0.2), (trace.GetProperty("zmin").GetDouble(), trace.GetProperty("zmax").GetDouble()));
    }

    [Fact]
    public void Heatmap_NeverPrintsMinusZero_AndCorrelationsKeepTheirFullScale()
    {
        var matrix = new double[,] { { 1.0, -0.001 }, { -0.001, 1.0 } };
        var trace = Json(HeatmapChart.Correlation(["a", "b"], matrix, "t")).GetProperty("data")[0];
        Assert.Equal("0.00", trace.GetProperty("text")[0][1].GetString());
        Assert.Equal((-1.0, 1.0), (trace.GetProperty("zmin").GetDouble(), trace.GetProperty("zmax").GetDouble()));
    }

    [Fact]
    public void CatalogEvents_GetShortTags_AndOnlyTheWeightiestArePrintedOnTheChart()
    {
        var data = MinerCapex.Tests.Analytics.StudyData.Load();
        var markers = EventMarker.From(data.Market.Events);
        var deal = markers.Single(m => m.Label.StartsWith("corz_crwv_200mw:", StringComparison.Ordinal));
        Assert.Equal("CORZ–CoreWeave $3.5B", deal.Tag);
        Assert.Equal("btc halving 4", markers.Single(m => m.Label.StartsWith("btc_halving_4:", StringComparison.Ordinal)).Tag);

        var index = data.MinerIndex;
        var series = new ChartSeries("MINERS", index.Sessions, index.Levels);
        var layout = Json(TimeSeriesChart.Create([series], "t", "y", events: markers)).GetProperty("layout");
        var printed = layout.GetProperty("annotations").EnumerateArray().Where(a => a.TryGetProperty("showarrow", out var arrow) && arrow.GetBoolean()).Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(TimeSeriesChart.MaxLabels, printed.Count);
        var weightiest = markers.Where(m => index.Sessions.Contains(m.Date)).OrderByDescending(m => m.Weight).First();
        Assert.Contains(weightiest.Tag, printed);
    }

    [Fact]
    public void TimeSeries_NamesTheEventsFile_OnlyWhenItDrawsEvents_AndTicksLogAxesAt125()
    {
        var days = new[] { new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 3) };
        var series = new ChartSeries("s", days, [100.0, 110.0], "#000000");
        var plain = Json(TimeSeriesChart.Create([series], "t", "y", logY: true)).GetProperty("layout");
        var marked = Json(TimeSeriesChart.Create([series], "t", "y", events: [new EventMarker(days[1], "x", EventCategory.Btc)])).GetProperty("layout");

        Assert.Equal(ChartStyle.PriceSource, plain.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.Equal(ChartStyle.DefaultSource, marked.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.Equal("D2", plain.GetProperty("yaxis").GetProperty("dtick").GetString());
    }

    [Fact]
    public void HeatmapDifference_MatricesOfAnotherShape_Throw() =>
        Assert.Throws<ArgumentException>(() => HeatmapChart.Difference(["a", "b"], new double[2, 2], new double[3, 3], "t"));
}
