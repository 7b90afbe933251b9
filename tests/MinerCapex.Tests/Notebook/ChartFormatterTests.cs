using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MinerCapex.Notebook;
using Plotly.NET;

namespace MinerCapex.Tests.Notebook;

public sealed partial class ChartFormatterTests
{
    [Fact]
    public void Html_IsADivAndOneScript_ThatDrawsPlotlyNetsFigure()
    {
        var chart = SampleCharts.Scatter("Returns", [1, 2, 3], [0.5, -0.25, 1], "MARA");
        var html = ChartFormatter.ToHtml(chart);

        var id = Regex.Match(html, "^<div class=\"plotly-chart\" data-figure-title=\"Returns\"><div id=\"(plotly-[0-9a-f]{32})\"></div><script type=\"text/javascript\">").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.EndsWith("</script></div>", html);
        Assert.Single(Regex.Matches(html, "<script"));
        Assert.Single(Regex.Matches(html, "</script>"));
        Assert.Contains($"var id = '{id}';", html);
        Assert.Contains("window.Plotly.newPlot(id, figure);", html);

        var figure = JsonNode.Parse(FigureJson(html))!.AsObject();
        var plotlyNet = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        Assert.True(JsonNode.DeepEquals(plotlyNet["data"], figure["data"]));
        Assert.Equal(0.5, figure["data"]![0]!["y"]![0]!.GetValue<double>());
        Assert.True(figure["config"]!["responsive"]!.GetValue<bool>());
    }

    [Fact]
    public void DefaultWidth_IsDropped_SoTheChartFillsItsContainer_ButTheHeightAndAnAuthoredWidthStay()
    {
        var chart = SampleCharts.Lines("MARA", "MARA");
        var layout = JsonNode.Parse(FigureJson(ChartFormatter.ToHtml(chart)))!["layout"]!.AsObject();
        Assert.False(layout.ContainsKey("width"));
        Assert.Equal(Defaults.DefaultHeight, layout["height"]!.GetValue<int>());

        var sized = new Layout();
        sized.SetProperty("width", 900);
        var authored = JsonNode.Parse(FigureJson(ChartFormatter.ToHtml(GenericChart.addLayout(sized, chart))))!["layout"]!;
        Assert.Equal(900, authored["width"]!.GetValue<int>());
    }

    [Fact]
    public void TextFromData_CannotCloseTheScript()
    {
        const string name = "</script><script>alert(1)</script><!--";
        var html = ChartFormatter.ToHtml(SampleCharts.Scatter(name, [1], [1], name));

        Assert.Single(Regex.Matches(html, "</script>", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<!--", html);
        var figure = JsonNode.Parse(FigureJson(html))!;
        Assert.Equal(name, figure["data"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(name, figure["layout"]!["title"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void WithoutPlotly_TheScriptLoadsTheVersionPlotlyNetTargetsFromTheCdn_Once()
    {
        var html = ChartFormatter.ToHtml(SampleCharts.Lines("MARA", "MARA"));

        Assert.Equal($"https://cdn.plot.ly/plotly-{Globals.PLOTLYJS_VERSION}.min.js", ChartFormatter.PlotlyCdnUrl);
        Assert.Contains($"var url = '{ChartFormatter.PlotlyCdnUrl}';", html);
        Assert.Contains("if (window.Plotly) { render(); return; }", html);
        Assert.Contains("if (!window.__plotlyLoading)", html);
    }

    [Fact]
    public void EveryChart_GetsItsOwnElementId()
    {
        var chart = SampleCharts.Lines("MARA", "MARA");
        Assert.NotEqual(IdOf(ChartFormatter.ToHtml(chart)), IdOf(ChartFormatter.ToHtml(chart)));
    }

    private static string IdOf(string html) => Regex.Match(html, "id=\"(plotly-[0-9a-f]+)\"").Groups[1].Value;

    private static string FigureJson(string html) => FigureLine().Match(html).Groups[1].Value;

    [GeneratedRegex(@"var figure = (\{.*\});\n")]
    private static partial Regex FigureLine();
}
