using System.Text.RegularExpressions;
using System.Xml.Linq;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>
/// The index thumbnail drawn from a Plotly figure without a browser: where each trace lands in the 432 × 243 image
/// (10 px margins, so the plot spans x 10..422 and y 10..233, y growing downwards), in which colour.
/// </summary>
public sealed partial class ChartThumbnailTests
{
    [Fact]
    public void Lines_SpanThePlot_WithDatesAlongX_InTheirColours_AndAGapLiftsThePen()
    {
        var svg = Draw("""
            {"data":[{"type":"scatter","mode":"lines","x":["2025-01-01","2025-01-02","2025-01-03","2025-01-05"],"y":[1,3,null,2],"line":{"color":"#123456"}},
                     {"type":"scatter","mode":"lines","x":["2025-01-01","2025-01-05"],"y":[0,4]}],
             "layout":{"title":{"text":"t"}}}
            """);

        var paths = svg.Descendants(Svg + "path").ToList();
        Assert.Equal(2, paths.Count);
        Assert.Equal("#123456", paths[0].Attribute("stroke")!.Value);
        // y 0..4 over 233..10: 1 -> 177.25, 3 -> 65.75, 2 -> 121.5; x days 0..4 over 10..422: 1 -> 113.
        Assert.Equal("M10,177.3L113,65.8M422,121.5", paths[0].Attribute("d")!.Value);
        Assert.Equal("#ff7f0e", paths[1].Attribute("stroke")!.Value);
        Assert.Equal("M10,233L422,10", paths[1].Attribute("d")!.Value);
        Assert.Equal("432", svg.Attribute("width")!.Value);
        Assert.Equal("243", svg.Attribute("height")!.Value);
    }

    [Fact]
    public void Bars_StandOnZero_OnePerCategory_TheTallestReachingTheTop()
    {
        var svg = Draw("""{"data":[{"type":"bar","x":["MARA","RIOT","CLSK"],"y":[1,4,2],"marker":{"color":"rgb(10, 20, 30)"}}]}""");

        var bars = svg.Descendants(Svg + "rect").Skip(1).ToList();
        Assert.Equal(3, bars.Count);
        Assert.All(bars, b => Assert.Equal("rgb(10, 20, 30)", b.Attribute("fill")!.Value));
        Assert.Equal(["177.3", "10", "121.5"], bars.Select(b => b.Attribute("y")!.Value));
        Assert.All(bars, b => Assert.Equal(233, double.Parse(b.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            + double.Parse(b.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture), 0));
        var lefts = bars.Select(b => double.Parse(b.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(lefts[0] < lefts[1] && lefts[1] < lefts[2], "categories in order of appearance");
    }

    [Fact]
    public void Heatmap_ColoursItsCells_BlueBelowZero_RedAbove_WhiteAtZero_RowZeroAtTheBottom()
    {
        var svg = Draw("""{"data":[{"type":"heatmap","z":[[-1,0],[0.5,1]],"x":["a","b"],"y":["r0","r1"]}]}""");

        var cells = svg.Descendants(Svg + "rect").Skip(1).Select(c => (Y: c.Attribute("y")!.Value, Fill: c.Attribute("fill")!.Value)).ToList();
        Assert.Equal([("121.5", "#2166ac"), ("121.5", "#ffffff"), ("10", "#d88c95"), ("10", "#b2182b")], cells);
    }

    [Fact]
    public void OnlyTheFirstPanel_IsDrawn_AndAnUnsafeColour_TakesTheColourWay()
    {
        var svg = Draw("""
            {"data":[{"type":"scatter","mode":"markers","x":[1,2],"y":[1,2],"marker":{"color":"red\" onload=\"alert(1)"}},
                     {"type":"scatter","mode":"lines","x":[1,2],"y":[5,9],"xaxis":"x2","yaxis":"y2"}]}
            """);

        Assert.Empty(svg.Descendants(Svg + "path"));
        var markers = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(2, markers.Count);
        Assert.All(markers, m => Assert.Equal("#1f77b4", m.Attribute("fill")!.Value));
        Assert.Equal(["10", "422"], markers.Select(m => m.Attribute("cx")!.Value));
    }

    [Fact]
    public void ADumbbell_PutsEachLabelOnARowOfItsOwn_TheFirstAtTheBottom()
    {
        // Numbers along x, one category per row on y, as notebook 03's first chart draws each miner's two betas.
        var svg = Draw("""
            {"data":[{"type":"scatter","mode":"lines","x":[0.6,0.87],"y":["RIOT","RIOT"],"line":{"color":"#ced4da"}},
                     {"type":"scatter","mode":"lines","x":[0.45,0.83],"y":["MARA","MARA"],"line":{"color":"#ced4da"}},
                     {"type":"scatter","mode":"markers","x":[0.6,0.45],"y":["RIOT","MARA"],"marker":{"color":"#1f77b4"}}]}
            """);

        var paths = svg.Descendants(Svg + "path").Select(p => p.Attribute("d")!.Value).ToList();
        Assert.Equal(["M157.1,233L422,233", "M10,10L382.8,10"], paths);
        Assert.Equal([("157.1", "233"), ("10", "10")], svg.Descendants(Svg + "circle").Select(c => (c.Attribute("cx")!.Value, c.Attribute("cy")!.Value)));
    }

    [Theory]
    [InlineData("""{"data":[{"type":"pie","values":[1,2]}]}""")]
    [InlineData("""{"data":[{"type":"scatter","x":[1,2],"y":[null,null]}]}""")]
    [InlineData("""{"data":[]}""")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void AFigureWithNothingToDraw_HasNoThumbnail(string figure) => Assert.Null(ChartThumbnail.Draw(figure));

    [Fact]
    public void ALongSeries_IsThinned_ToAboutTwoPointsPerPixel()
    {
        var ys = string.Join(',', Enumerable.Range(0, 20_000).Select(i => (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var svg = ChartThumbnail.Draw($$"""{"data":[{"type":"scatter","y":[{{ys}}]}]}""")!;

        var points = PathPoint().Matches(svg).Count;
        Assert.InRange(points, 800, 850);
        Assert.True(svg.Length < 12_000, $"{svg.Length} characters");
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Draw(string figure) => XElement.Parse(ChartThumbnail.Draw(figure) ?? throw new Xunit.Sdk.XunitException("no thumbnail"));

    [GeneratedRegex("[ML][0-9.]+,[0-9.]+")]
    private static partial Regex PathPoint();
}
