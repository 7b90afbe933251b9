using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>
/// Markup from data must read as text: with payloads in a DataFrame, console text, a plain value, an error, a chart
/// and the title, no script runs, no dialog opens, no request is made, and the payload text is visible.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EscapingBrowserTests(BrowserFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    [ChromiumFact]
    public async Task PayloadsInDataAndOutput_ShowAsText_AndNeverRun()
    {
        var report = await HtmlReport.WriteAsync(HostileRun.Build(_folder.Path), _folder.File("reports"), new ReportOptions());
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;
        await ReportChecks.AssertChartsRenderedAsync(page, 1);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        ReportChecks.AssertClean(session);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img[src=\"x\"]').length"));

        // Only the report's own scripts exist: one per chart, plotly.js and the early script in the head, the report
        // script at the end.
        Assert.Equal(4, await page.EvaluateAsync<int>("() => document.scripts.length"));

        var cells = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#cell-3 td')).map(td => td.textContent)");
        Assert.Contains(HostileRun.Script, cells);
        Assert.Contains(HostileRun.Image, cells);
        Assert.Contains(HostileRun.Script, await page.Locator("#cell-3 thead").InnerTextAsync());
        Assert.Equal([HostileRun.Script, HostileRun.Image], await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#cell-4 td')).map(td => td.textContent)"));
        Assert.Equal(HostileRun.Script + "\n" + HostileRun.Image, await page.Locator("#cell-5 pre.output").TextContentAsync());
        Assert.Equal(HostileRun.Script + " " + HostileRun.Image, await page.Locator("#cell-6 pre.output").TextContentAsync());
        Assert.Equal(HostileRun.Script + " " + HostileRun.Image, await page.Locator("#cell-8 .error-message").TextContentAsync());
        Assert.Contains(HostileRun.ScriptEnd, await page.Locator("#cell-7 .gtitle").TextContentAsync());
        Assert.Contains(HostileRun.Script, await page.Locator(".parameters tbody").InnerTextAsync());
        Assert.Equal("Payloads <script>alert(0)</script>", await page.TitleAsync());
        Assert.Equal("Payloads <script>alert(0)</script>", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByText(HostileRun.Script).First.IsVisibleAsync());
    }

    /// <summary>
    /// The control that shows the check above can fail: markup a formatter declares as text/html is trusted, so its
    /// script runs and sets the flag.
    /// </summary>
    [ChromiumFact]
    public async Task HtmlFromAFormatter_IsTrusted_SoItsScriptRuns()
    {
        var run = new RunBuilder(_folder.File("04-trusted.dib"))
            .Markdown("# Trusted HTML")
            .Code("HTML(\"...\")", RunBuilder.Html("<b id=\"trusted\">bold</b><script>window.__pwned = 'formatter';</script>"))
            .Build();
        var report = await HtmlReport.WriteAsync(run, _folder.File("reports"), new ReportOptions());
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        Assert.Equal("formatter", await session.Page.EvaluateAsync<string>("() => window.__pwned"));
        Assert.Equal("bold", await session.Page.Locator("#trusted").InnerTextAsync());
        ReportChecks.AssertClean(session);
    }

    public void Dispose() => _folder.Dispose();
}
