using System.Globalization;
using Microsoft.Playwright;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>
/// A report on a phone, on paper and in a reader's hands: layout at 390 px, print emulation with static chart
/// images, numbered and captioned figures, CSV out, the code toggle and the theme switch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportLayoutBrowserTests(BrowserFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<string> WriteAsync(ReportPrinter? printer = null) =>
        HtmlReport.WriteAsync(FigureRun.Build(_folder.Path), _folder.File("reports"), new ReportOptions(), printer);

    [ChromiumFact]
    public async Task OnAPhone_NothingIsWiderThanTheScreen_ChartsFitTheirBoxes_AndTheContentsAreFolded()
    {
        var report = await WriteAsync();
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report, width: 390, height: 844);
        var page = session.Page;
        await ReportChecks.AssertChartsRenderedAsync(page, 2);
        await page.WaitForTimeoutAsync(500);

        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        // Every element ends inside the viewport unless it sits in a box that scrolls sideways.
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('main *')).filter(e => {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.right <= window.innerWidth + 1) return false;
              for (let p = e.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
              }
              return true;
            }).map(e => e.tagName + '.' + e.className)
            """);
        Assert.Empty(overflowing);
        var fits = await page.EvaluateAsync<double[]>(
            "() => Array.from(document.querySelectorAll('.output-chart')).map(box => box.querySelector('.main-svg').getBoundingClientRect().width - box.clientWidth)");
        Assert.All(fits, excess => Assert.True(excess <= 1, $"a chart is {excess}px wider than its box"));
        Assert.False(await page.Locator(".toc-fold").EvaluateAsync<bool>("d => d.open"));
        Assert.False(await page.Locator(".toc ol").First.IsVisibleAsync());
        // The wide table scrolls inside itself, its first column pinned.
        var scrolls = await page.Locator("#tbl-prices table").EvaluateAsync<bool[]>(
            "t => { for (let p = t.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX === 'auto') return [t.getBoundingClientRect().width > window.innerWidth, p.scrollWidth > p.clientWidth]; } return [false, false]; }");
        Assert.Equal([true, true], scrolls);
        Assert.Equal("sticky", await page.Locator("#tbl-prices tbody tr > :first-child").First.EvaluateAsync<string>("td => getComputedStyle(td).position"));
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task EveryChart_IsANumberedFigure_WithCaptionAltTextAndCrossReferences()
    {
        var report = await WriteAsync();
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;

        var figures = await page.EvaluateAsync<string[][]>(
            "() => Array.from(document.querySelectorAll('.output-chart')).map(c => { const f = c.closest('figure'); return [f.id, f.querySelector('.figure-number').textContent, f.querySelector('figcaption').textContent, c.getAttribute('aria-label')]; })");
        Assert.Equal(2, figures.Length);
        Assert.Equal(["fig-heat", "Figure 1.", $"Figure 1. {FigureRun.HeatmapCaption}Download CSV", $"Figure 1: {FigureRun.HeatmapAlt}"], figures[0]);
        Assert.Equal(["fig-2", "Figure 2.", "Figure 2. Miners rebased to 100Download CSV", "Figure 2: Miners rebased to 100"], figures[1]);
        Assert.Equal($"Table 1. {FigureRun.TableCaption}Download CSV", await page.Locator("#tbl-prices figcaption").TextContentAsync());

        Assert.Equal(["Table 1", "Figure 1"], await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a.xref')).map(a => a.textContent)"));
        Assert.Equal(["#tbl-prices", "#fig-heat"], await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a.xref')).map(a => a.getAttribute('href'))"));
        Assert.Equal("@fig-missing", await page.Locator(".xref-missing").TextContentAsync());
        // The setup cell's package list is one line in the header, not the first output.
        Assert.Equal("2 packages installed by the setup cell", await page.Locator("#environment summary").TextContentAsync());
        Assert.Equal(0, await page.Locator("#cell-1 .outputs").CountAsync());
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task InPrint_NoModeBar_EveryChartIsItsStaticImage_AndNoTableIsWiderThanThePage()
    {
        string report;
        await using (var printer = await ReportPrinter.StartAsync())
            report = await WriteAsync(printer);
        var html = await File.ReadAllTextAsync(report);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<img class=\"figure-static\" alt=\"Figure \\d: [^\"]+\" src=\"data:image/svg\\+xml,"));

        var browser = await chromium.BrowserAsync();
        // 794 px is an A4 page at 96 px per inch; the print stylesheet's margins leave 680 px of text.
        await using var session = await PageSession.OpenAsync(browser, report, width: 794, height: 1123);
        var page = session.Page;
        await ReportChecks.AssertChartsRenderedAsync(page, 2);
        Assert.False(await page.Locator(".figure-static").First.IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal(0, await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('.modebar-container, .output-chart')).filter(e => e.getBoundingClientRect().height > 0).length"));
        var images = await page.EvaluateAsync<double[]>("() => Array.from(document.querySelectorAll('img.figure-static')).map(i => i.complete ? i.naturalWidth : 0)");
        Assert.Equal(2, images.Length);
        Assert.All(images, w => Assert.True(w > 100, $"a static image has width {w}"));
        var tableWidths = await page.EvaluateAsync<double[]>("() => Array.from(document.querySelectorAll('table')).map(t => t.getBoundingClientRect().right)");
        Assert.All(tableWidths, right => Assert.True(right <= 794, $"a table ends at {right}px, past the page"));
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task TheCsvOfATruncatedTable_ParsesBackToEveryRowOfItsData_AndAChartsToItsPoints()
    {
        var report = await WriteAsync();
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;

        // The table shows its first rows only; its CSV is the whole frame, every price exact.
        var shownRows = await page.Locator("#tbl-prices tbody tr").CountAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#tbl-prices .csv-download").ClickAsync());
        Assert.Equal("06-figures-tbl-prices.csv", download.SuggestedFilename);
        var rows = (await File.ReadAllLinesAsync(await download.PathAsync())).Select(l => l.Split(',')).ToList();
        var header = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#tbl-prices thead th')).map(c => c.textContent.trim())");
        Assert.Equal(header, rows[0]);
        var (dates, _) = BundledPrices.Read(FigureRun.Wide[0]);
        Assert.True(shownRows < dates.Length, $"the table shows {shownRows} of {dates.Length} rows; the test needs a truncated one");
        Assert.Equal(dates.Length + 1, rows.Count);
        var dateColumn = Array.IndexOf(rows[0], "Date");
        Assert.Equal(dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[dateColumn]));
        foreach (var symbol in FigureRun.Wide)
        {
            var column = Array.IndexOf(rows[0], symbol);
            var (symbolDates, prices) = BundledPrices.Read(symbol);
            var byDate = symbolDates.Zip(prices).ToDictionary(p => p.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p => p.Second);
            foreach (var row in rows.Skip(1))
            {
                if (byDate.TryGetValue(row[dateColumn], out var price) && !double.IsNaN(price))
                    Assert.Equal(price, double.Parse(row[column], CultureInfo.InvariantCulture));
                else
                    Assert.Equal("", row[column]);
            }
        }

        var chartCsv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#fig-2 .csv-download").ClickAsync());
        var chartRows = await File.ReadAllLinesAsync(await chartCsv.PathAsync());
        Assert.Equal("trace,x,y,z", chartRows[0]);
        Assert.Equal(SampleRuns.Miners.Length * dates.Length, chartRows.Length - 1);
        Assert.StartsWith("MARA," + dates[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ",100", chartRows[1]);
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task TheThemeSwitchAndTheCodeToggle_Work_AndAreRememberedAfterAReload()
    {
        var report = await WriteAsync();
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;
        var light = await ReportChecks.BackgroundAsync(page);

        await page.Locator("#theme-switch").SelectOptionAsync("dark");
        Assert.True(ReportChecks.Luminance(await ReportChecks.BackgroundAsync(page)) < 0.1);
        var plot = await ReportChecks.PaletteColorAsync(page, "--chart-plot");
        Assert.Equal(ReportChecks.Rgb(plot), ReportChecks.Rgb(await page.EvaluateAsync<string>("() => document.querySelector('#fig-2 .js-plotly-plot')._fullLayout.plot_bgcolor")));
        Assert.Equal(0, await page.Locator("details.code[open]").CountAsync());
        await page.Locator("#code-toggle").ClickAsync();
        Assert.Equal(await page.Locator("details.code").CountAsync(), await page.Locator("details.code[open]").CountAsync());
        Assert.Equal("Hide all code", await page.Locator("#code-toggle").TextContentAsync());

        await page.ReloadAsync();
        Assert.Equal("dark", await page.Locator("#theme-switch").InputValueAsync());
        Assert.True(ReportChecks.Luminance(await ReportChecks.BackgroundAsync(page)) < 0.1);
        Assert.Equal(await page.Locator("details.code").CountAsync(), await page.Locator("details.code[open]").CountAsync());

        await page.Locator("#theme-switch").SelectOptionAsync("auto");
        await page.Locator("#code-toggle").ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(light, await ReportChecks.BackgroundAsync(page));
        Assert.Equal(0, await page.Locator("details.code[open]").CountAsync());
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task ThePdf_IsA4_WithPageNumbers_AndTheReportsStaticCharts()
    {
        string pdf;
        await using (var printer = await ReportPrinter.StartAsync())
        {
            var report = await WriteAsync(printer);
            pdf = await HtmlReport.WritePdfAsync(printer, report);
        }
        var bytes = await File.ReadAllBytesAsync(pdf);
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        Assert.Equal(Path.Combine(_folder.File("reports"), "06-figures.pdf"), pdf);
        Assert.StartsWith("%PDF-", text);
        var pages = System.Text.RegularExpressions.Regex.Count(text, @"/Type /Page\b");
        Assert.InRange(pages, 2, 20);
        // A4 is 595 × 842 points.
        Assert.Matches(@"/MediaBox \[0 0 595(\.\d+)? 84[12](\.\d+)?\]", text);

        // The page text, where poppler's pdftotext is installed: the header on page 1, a numbered footer on each.
        if (File.Exists("/usr/bin/pdftotext"))
        {
            var pageText = Processes.Run(_folder.Path, "/usr/bin/pdftotext", "-layout", pdf, "-");
            var first = pageText.Split('\f')[0];
            Assert.Contains("Figures and tables", first);
            Assert.Contains("all 6 cells ran without error", first);
            Assert.Contains($"page 1 of {pages}", first);
            Assert.Contains($"page {pages} of {pages}", pageText);
            Assert.Contains($"Figure 1. {FigureRun.HeatmapCaption}", pageText);
        }
    }

    public void Dispose() => _folder.Dispose();
}
