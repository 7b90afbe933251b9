using System.Collections.Concurrent;
using Workbook.Publishing;
using Workbook.Rendering;
using Workbook.Tests.Rendering.Browser;

namespace Workbook.Tests.Publishing.Browser;

/// <summary>
/// Static chart images are drawn from the run's figure JSON before anything is written: no report needs to exist for
/// them, and a report with them is written to its final name once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticChartsBrowserTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [ChromiumFact]
    public async Task EveryChart_IsDrawnFromItsFigure_WithNoReportOnDisk()
    {
        var run = FigureRun.Build(_folder.Path);
        IReadOnlyDictionary<string, string> images;
        await using (var printer = await ReportPrinter.StartAsync())
            images = await StaticCharts.DrawAsync(printer, ReportBuilder.Charts(run));

        Assert.Equal(["fig-2", "fig-heat"], images.Keys.Order(StringComparer.Ordinal));
        foreach (var image in images.Values.Select(Uri.UnescapeDataString))
        {
            Assert.StartsWith("data:image/svg+xml,<svg class=\"main-svg\"", image);
            // The A4 text width, and the heights the figures ask for.
            Assert.Contains($"width=\"{StaticCharts.Width}\" height=\"600\"", image);
        }
        Assert.Contains("Correlation of daily log returns", Uri.UnescapeDataString(images["fig-heat"]));
        Assert.Contains("Miners rebased to 100", Uri.UnescapeDataString(images["fig-2"]));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }

    [ChromiumFact]
    public async Task AFigurePlotlyCannotDraw_GetsNoImage_AndCostsTheOthersNothing()
    {
        var good = ReportBuilder.Charts(FigureRun.Build(_folder.Path))[1];
        IReadOnlyDictionary<string, string> images;
        await using (var printer = await ReportPrinter.StartAsync())
            images = await StaticCharts.DrawAsync(printer, [new ChartFigure("fig-broken", "{\"data\": [{\"type\""), good]);

        Assert.Equal([good.Id], images.Keys);
        Assert.Contains("Miners rebased to 100", Uri.UnescapeDataString(images[good.Id]));
    }

    [ChromiumFact]
    public async Task WithStaticCharts_TheReportIsWrittenToItsNameOnce()
    {
        var reports = Directory.CreateDirectory(_folder.File("reports")).FullName;
        var touches = new ConcurrentQueue<string>();
        using var watcher = new FileSystemWatcher(reports) { IncludeSubdirectories = false };
        watcher.Created += (_, e) => touches.Enqueue($"created {e.Name}");
        watcher.Changed += (_, e) => touches.Enqueue($"changed {e.Name}");
        watcher.Renamed += (_, e) => touches.Enqueue($"renamed to {e.Name}");
        watcher.EnableRaisingEvents = true;

        string report;
        await using (var printer = await ReportPrinter.StartAsync())
            report = await HtmlReport.WriteAsync(FigureRun.Build(_folder.Path), reports, new ReportOptions(), printer);
        // Let the watcher deliver what the file system reported (the summary record is written after the report).
        for (var waited = 0; waited < 5_000 && !touches.Any(t => t.EndsWith(SummaryRecord.Extension, StringComparison.Ordinal)); waited += 50)
            await Task.Delay(50);
        await Task.Delay(200);

        Assert.Equal(["renamed to 06-figures.html"], touches.Where(t => t.EndsWith(" 06-figures.html", StringComparison.Ordinal)));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(await File.ReadAllTextAsync(report), "<img class=\"figure-static\""));
    }

    public void Dispose() => _folder.Dispose();
}
