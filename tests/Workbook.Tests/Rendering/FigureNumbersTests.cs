using System.Text.RegularExpressions;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>Cell options, figure and table numbering, cross-references, the Environment line and shared plotly.js, as HTML.</summary>
public sealed class FigureNumbersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void CellOptions_AreTheLeadingPipeCommentLines()
    {
        var options = CellOptions.Parse("\n//| label: fig-a\n//|fig-cap:  A caption: with a colon \n// an ordinary comment\n//| tbl-cap: too late");
        Assert.Equal("fig-a", options["label"]);
        Assert.Equal("A caption: with a colon", options["fig-cap"]);
        Assert.Null(options["tbl-cap"]);
        Assert.Null(CellOptions.Parse("var x = 1;")["label"]);
    }

    [Fact]
    public void ChartsAndTables_AreNumberedApart_InReportOrder_LabelsOnlyOnTheFirstOfTheirKind()
    {
        var figures = FigureNumbers.Plan([
            (0, CellOptions.Parse("//| label: tbl-one\n//| tbl-cap: One"), [FigureKind.Table, null, FigureKind.Figure]),
            (2, CellOptions.Parse("//| label: fig-two"), [FigureKind.Figure, FigureKind.Figure]),
        ]);

        Assert.Equal(["tbl-one", "fig-1", "fig-two", "fig-3"], figures.All.Select(f => f.Id));
        Assert.Equal(["Table 1", "Figure 1", "Figure 2", "Figure 3"], figures.All.Select(f => f.Name));
        Assert.Equal("One", figures.At(0, 0)!.Caption);
        Assert.Null(figures.At(0, 1));
        Assert.Equal(2, figures.Labelled("fig-two")!.Number);
        Assert.Null(figures.Labelled("fig-3"));
    }

    [Fact]
    public void TheReport_WrapsFiguresAndTables_ResolvesReferences_AndFoldsThePackageList()
    {
        var html = ReportRenderer.Render(FigureRun.Build(_folder.Path), new ReportOptions());

        Assert.Contains("<figure class=\"figure figure-table\" id=\"tbl-prices\"><figcaption><span class=\"figure-number\">Table 1.</span> " + FigureRun.TableCaption + "</figcaption>", html);
        Assert.Contains("<figure class=\"figure figure-chart\" id=\"fig-heat\"><div class=\"output output-chart\" role=\"img\" aria-label=\"Figure 1: " + FigureRun.HeatmapAlt + "\">", html);
        Assert.Contains("in <a class=\"xref\" href=\"#tbl-prices\">Table 1</a>", html);
        Assert.Contains("in <a class=\"xref\" href=\"#fig-heat\">Figure 1</a>;", html);
        Assert.Contains("<span class=\"xref xref-missing\" title=\"no figure or table has this label\">@fig-missing</span>", html);
        Assert.Contains("<summary>2 packages installed by the setup cell</summary><ul><li><code>Plotly.NET, 6.0.0</code></li><li><code>FSharp.Core, 10.1.403</code></li></ul>", html);
        Assert.DoesNotContain("Installed Packages", html);
        Assert.DoesNotContain("<img class=\"figure-static\"", html);
    }

    [Fact]
    public async Task SharedPlotly_IsOneFileBesideTheReports_ReferencedByEach()
    {
        var reports = _folder.File("reports");
        var options = new ReportOptions { Plotly = PlotlyMode.Shared };
        var first = await HtmlReport.WriteAsync(FigureRun.Build(_folder.Path), reports, options);
        var second = await HtmlReport.WriteAsync(SampleRuns.Research(_folder.Path), reports, options);
        var inline = ReportRenderer.Render(SampleRuns.Research(_folder.Path), new ReportOptions());

        var bundle = Path.Combine(reports, PlotlyScript.SharedFileName);
        Assert.Equal(PlotlyScript.Source, await File.ReadAllTextAsync(bundle));
        foreach (var report in new[] { first, second })
        {
            var html = await File.ReadAllTextAsync(report);
            Assert.Matches($"<script nonce=\"[^\"]+\" data-plotly-version=\"{Regex.Escape(PlotlyScript.Version)}\" src=\"plotly.min.js\"></script>", html);
            Assert.DoesNotContain("plotly.js v" + PlotlyScript.Version, html);
        }
        var shared = new FileInfo(second).Length;
        Assert.True(shared < inline.Length - 3_000_000, $"shared {shared} bytes against inline {inline.Length}");
    }

    public void Dispose() => _folder.Dispose();
}
