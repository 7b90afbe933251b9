using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.Notebook;
using MinerCapex.Panel;
using Plotly.NET;

namespace MinerCapex.Tests.Notebook;

/// <summary>The registrations as the Formatting library applies them, the way both notebook kernels call it.</summary>
[Collection(FormatterStateCollection.Name)]
public sealed class NotebookFormattersTests
{
    private static readonly DataFrame Frame = new(new PrimitiveDataFrameColumn<double>("x", [1.5, 2.5]));

    [Fact]
    public void AfterRegister_ValuesFormatThroughOurFormatters_WithHtmlPreferred()
    {
        NotebookFormatters.Register();

        Assert.Equal(DataFrameFormatter.ToHtml(Frame), Frame.ToDisplayString("text/html"));
        Assert.Equal(DataFrameFormatter.ToText(Frame), Frame.ToDisplayString("text/plain"));
        Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(typeof(DataFrame)).First());
        Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(typeof(GenericChart)).First());

        var chart = SampleCharts.Lines("MARA", "MARA");
        Assert.Matches("^<div class=\"plotly-chart\" data-figure-title=\"[^\"]*\"><div id=\"plotly-", chart.ToDisplayString("text/html"));
        Assert.Equal("Plotly chart (1 trace)", chart.ToDisplayString("text/plain"));
    }

    [Fact]
    public void RecordLists_ArraysAndSequences_OfOurRecords_FormatAsTables()
    {
        NotebookFormatters.Register();
        var figures = new List<CapexFigure> { new("MSFT", CapexKind.CapexPlan, 80, null, new DateOnly(2025, 1, 3), "FY25", "https://example.org", "note", true) };

        foreach (var value in new object[] { figures, figures.ToArray(), figures.Select(f => f) })
        {
            var html = value.ToDisplayString("text/html");
            Assert.Contains(">1 row × ", html);
            Assert.Contains("<td>MSFT</td>", html);
        }
    }

    [Fact]
    public void SessionPanel_ShowsSessionsAsRows_AndSymbolsAsColumns()
    {
        NotebookFormatters.Register();
        var panel = new SessionPanel(
            [new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 3)],
            ["MARA", "BTC-USD"],
            [[17.5, double.NaN], [94000.25, 96000.5]]);
        var html = panel.ToDisplayString("text/html");

        Assert.Contains("2 rows × 2 columns", html);
        Assert.Contains("<th>Session</th><th title=\"Double\">MARA</th><th title=\"Double\">BTC-USD</th>", html);
        Assert.Contains("<tr><th scope=\"row\">2025-01-03</th><td style=\"opacity:.6\">–</td>", html);
        Assert.Contains(">94000.2</td>", html);
    }

    [Fact]
    public void ChartFiguresFromTheChartBuilders_DisplayAsCharts()
    {
        NotebookFormatters.Register();
        var figure = new ChartFigure().AddTrace("scatter", new Dictionary<string, object?> { ["x"] = new[] { 1, 2 }, ["y"] = new[] { 3.0, 4.0 }, ["name"] = "MARA" });

        Assert.Matches("^<div class=\"plotly-chart\" data-figure-title=\"[^\"]*\"><div id=\"plotly-", figure.ToDisplayString("text/html"));
        Assert.Contains("\"name\":\"MARA\"", figure.ToDisplayString("text/html"));
        Assert.Equal("Plotly chart (1 trace)", figure.ToDisplayString("text/plain"));
        Assert.Equal(["text/html", "application/vnd.plotly.v1+json", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(ChartFigure)));
        var plotly = System.Text.Json.Nodes.JsonNode.Parse(figure.ToDisplayString("application/vnd.plotly.v1+json"))!;
        Assert.Equal("MARA", plotly["data"]![0]!["name"]!.GetValue<string>());
        Assert.NotNull(plotly["layout"]);
    }

    [Fact]
    public void ListsAndArraysOfRecords_DisplayAsHtmlAndTextTables()
    {
        NotebookFormatters.Register();
        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(List<MinerCapex.Analytics.OlsCoefficient>)));
        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(MinerCapex.Analytics.OlsCoefficient[])));
    }

    [Fact]
    public void CorrelationMatrix_DisplaysAsItsTable()
    {
        NotebookFormatters.Register();
        var returns = new SessionPanel(
            [.. Enumerable.Range(0, 5).Select(i => new DateOnly(2025, 1, 6).AddDays(i))],
            ["MARA", "RIOT"],
            [[0.01, -0.02, 0.03, 0.0, 0.015], [0.012, -0.018, 0.025, 0.001, 0.01]]);
        var matrix = returns.CorrelationMatrix();
        var html = matrix.ToDisplayString("text/html");

        Assert.Equal(DataFrameFormatter.ToHtml(matrix.ToDataFrame()), html);
        Assert.Contains("2 rows × 3 columns", html);
        Assert.Contains($">{matrix["MARA", "RIOT"].ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture)}", html);
    }

    [Fact]
    public void Register_IsIdempotent_AndComesBackAfterAFormatterReset()
    {
        NotebookFormatters.Register();
        NotebookFormatters.Register();
        Assert.Equal(DataFrameFormatter.ToHtml(Frame), Frame.ToDisplayString("text/html"));

        Formatter.ResetToDefault();
        Assert.NotEqual(DataFrameFormatter.ToHtml(Frame), Frame.ToDisplayString("text/html"));

        NotebookFormatters.Register();
        Assert.Equal(DataFrameFormatter.ToHtml(Frame), Frame.ToDisplayString("text/html"));
    }

    [Fact]
    public void MaxRows_SetsHowManyRowsRegisteredTablesShow()
    {
        NotebookFormatters.Register();
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("i", Enumerable.Range(0, 30)));
        var before = NotebookFormatters.MaxRows;
        try
        {
            NotebookFormatters.MaxRows = 5;
            Assert.Contains("… 25 more rows", frame.ToDisplayString("text/html"));
        }
        finally
        {
            NotebookFormatters.MaxRows = before;
        }
        Assert.Contains("… 10 more rows", frame.ToDisplayString("text/html"));
    }
}
