using System.Text.RegularExpressions;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>
/// Reports as <c>workbook run</c> writes them from the engine's fixture notebooks: every one passes the browser
/// checks, the index has a card for each, and the features notebook's report shows what its cells produced.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EngineReportTests(BrowserFixture chromium, EngineReports engine) : IClassFixture<EngineReports>
{
    [ChromiumTheory]
    [MemberData(nameof(EngineReports.NotebookNames), MemberType = typeof(EngineReports))]
    public async Task EveryNotebookReport_PassesEveryBrowserCheck(string notebook)
    {
        var report = await engine.ReportForAsync(notebook);
        var browser = await chromium.BrowserAsync();
        await ReportChecks.AssertHealthyReportAsync(browser, report);
    }

    [Fact]
    public async Task WorkbookRun_WritesOneReportPerNotebook_AndAnIndexOfThem()
    {
        var result = await engine.ResultAsync();
        Assert.True(result.ExitCode is 0 or 1, $"workbook run exited {result.ExitCode}:\n{result.Output}\n{result.Error}");
        var expected = EngineReports.Files.Select(n => Path.GetFileNameWithoutExtension(n) + ".html").Append("index.html").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(result.ReportsFolder, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var index = await File.ReadAllTextAsync(Path.Combine(result.ReportsFolder, "index.html"));
        Assert.Matches("<li class=\"card failed\">(?:<a [^>]+><img [^>]+></a>)?<h2><a href=\"report-features.html\">Report features, end to end</a></h2>", index);
        Assert.Contains("<code>tests/Workbook.Tests/Fixtures/report-features.dib</code></p></li>", index);
        Assert.Equal(EngineReports.Files.Count, Regex.Matches(index, "<li class=\"card(?: failed)?\">").Count);
    }

    [ChromiumFact]
    public async Task WorkbookRun_DrawsEachReportsFirstFigure_AsTheThumbnailOfItsIndexCard()
    {
        var result = await engine.ResultAsync();
        var index = await File.ReadAllTextAsync(Path.Combine(result.ReportsFolder, "index.html"));
        // The features notebook has charts, so its card has a thumbnail: an SVG the engine drew from the figure's JSON
        // (no browser), beside its report and inlined in the index. The smoke notebook has none, so its card has no figure at all.
        Assert.False(File.Exists(Path.Combine(result.ReportsFolder, "smoke.thumbnail.svg")));
        Assert.Matches("<li class=\"card\"><h2><a href=\"smoke.html\">Engine smoke notebook</a></h2>", index);
        var image = Path.Combine(result.ReportsFolder, "report-features.thumbnail.svg");
        Assert.True(File.Exists(image), "no thumbnail for report-features");
        Assert.False(File.Exists(Path.Combine(result.ReportsFolder, "report-features.thumbnail.webp")));
        var bytes = await File.ReadAllBytesAsync(image);
        var svg = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"432\" height=\"243\"", svg);
        Assert.Matches("<(path|rect|circle) [^>]*(stroke|fill)=\"(?!#fff\")", svg);
        Assert.Contains("<a href=\"report-features.html\" tabindex=\"-1\"><img class=\"card-figure\" width=\"432\" height=\"243\" alt=\"Figure 1: ", index);
        Assert.Contains($"src=\"data:image/svg+xml;base64,{Convert.ToBase64String(bytes)}\"></a><h2><a href=\"report-features.html\">", index);
        Assert.True(new FileInfo(Path.Combine(result.ReportsFolder, "index.html")).Length < 300_000, "the index is not light");
        // In a browser each thumbnail decodes at its size, and the index fetches nothing.
        var browser = await chromium.BrowserAsync();
        var context = await browser.NewContextAsync();
        try
        {
            var indexUrl = new Uri(Path.Combine(result.ReportsFolder, "index.html")).AbsoluteUri;
            var outside = new List<string>();
            await context.RouteAsync("**/*", route =>
            {
                if (route.Request.Url == indexUrl)
                    return route.ContinueAsync();
                outside.Add(route.Request.Url);
                return route.AbortAsync();
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(indexUrl);
            await page.WaitForFunctionAsync("() => Array.from(document.images).every(i => i.complete)");
            var loaded = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('img.card-figure')).map(i => i.naturalWidth)");
            Assert.Equal([432], loaded);
            Assert.Empty(outside);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task FeaturesReport_ShowsWhatItsCellsProduced()
    {
        var html = await File.ReadAllTextAsync(await engine.ReportForAsync("report-features.dib"));
        var commit = Processes.Run(RepoPaths.Root, "git", "rev-parse", "HEAD");

        Assert.Contains("<title>Report features, end to end</title>", html);
        Assert.Contains("<span class=\"badge badge-failed\">Failed</span> at <a href=\"#cell-12\">cell 12</a>: System.IO.FileNotFoundException: Could not find file", html);
        Assert.Contains($"<code title=\"{commit}\">{commit[..12]}</code>", html);
        Assert.Contains($"sha256:{DataFingerprint.Compute(RepoPaths.Data).Sha256[..12]}", html);
        Assert.Contains("<tr><td><code>symbol</code></td><td><code>&quot;MARA&quot;</code></td><td>default</td></tr>", html);
        Assert.Single(Regex.Matches(html, "<script nonce=\"[^\"]+\" data-plotly-version="));
        Assert.Equal(2, Regex.Matches(html, "<div class=\"output output-chart\"[^>]*><div class=\"plotly-chart\"").Count);
        // Every bar of MARA.csv (its lines but the header), however far the bundled data run.
        var bars = File.ReadLines(Path.Combine(RepoPaths.Data, "prices", "MARA.csv")).Count(l => l.Length > 0) - 1;
        Assert.True(bars > 900, $"{bars} bars");
        Assert.Contains($"<caption style=\"caption-side:top;text-align:left;white-space:nowrap\">{bars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows × 7 columns · first 20 shown</caption>", html);
        Assert.Contains("<pre class=\"output output-stream stdout\">green text and &lt;b&gt;markup that stays text&lt;/b&gt;</pre>", html);
        Assert.Contains("<pre class=\"output output-stream stderr\">a warning on stderr</pre>", html);
        Assert.Contains("a plain &lt;string&gt; value", html);
        Assert.Contains("<a href=\"smoke.html\">the engine's smoke notebook</a>", html);
        Assert.Matches("C# · cell 5 · <span class=\"cell-time\">[0-9.]+ (ms|s)</span>", html);
    }
}
