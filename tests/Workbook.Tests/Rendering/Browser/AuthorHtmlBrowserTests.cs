using MinerCapex.Notebook;
using Workbook.Publishing;
using Workbook.Execution;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>
/// Raw HTML in markdown runs no script and fetches nothing: sanitised by default, and behind a content security
/// policy that admits only the report's own scripts should anything slip through.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuthorHtmlBrowserTests(BrowserFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    private NotebookRun Run()
    {
        NotebookFormatters.Register();
        return new RunBuilder(_folder.File("05-author.dib"))
            .Markdown("# Author HTML\n\n" + AuthorPayloads.Markdown())
            .Code("chart", SampleRuns.Display(SampleCharts.Scatter("A chart", [1, 2, 3], [2, 1, 3], "series")))
            .Build();
    }

    [ChromiumFact]
    public async Task HostileMarkdown_RunsNothing_FetchesNothing_AndOrdinaryHtmlStays()
    {
        var report = await HtmlReport.WriteAsync(Run(), _folder.File("reports"), new ReportOptions());
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;
        await ReportChecks.AssertChartsRenderedAsync(page, 1);

        // The link keeps its text but not its target; clicking it does nothing.
        var link = page.GetByText("run me");
        Assert.Null(await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await page.Locator("#data-link").ClickAsync();
        await page.Locator("#more summary").ClickAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        ReportChecks.AssertClean(session);
        Assert.Null(await page.Locator("#data-link").GetAttributeAsync("href"));
        Assert.Equal(0, await page.Locator("main svg#bad-svg, main iframe, main object, main embed").CountAsync());
        Assert.Null(await page.Locator("#bad-img").GetAttributeAsync("onerror"));
        // Only ours: plotly.js, the early head script, the chart's script, the report script.
        Assert.Equal(4, await page.EvaluateAsync<int>("() => document.scripts.length"));

        Assert.Equal("bold", await page.Locator("#bold").InnerTextAsync());
        Assert.Equal("2", await page.Locator("#sub").InnerTextAsync());
        Assert.Equal("Hidden detail", (await page.Locator("#more").InnerTextAsync()).Replace("More", "").Trim());
        Assert.Equal(["a", "1"], await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#author-table th, #author-table td')).map(c => c.textContent)"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.getElementById('pixel').naturalWidth"));
    }

    /// <summary>The policy is a second wall: a script and a handler written into the page without the nonce never run.</summary>
    [ChromiumFact]
    public async Task ScriptTheSanitiserMissed_IsBlockedByThePolicy()
    {
        var report = await HtmlReport.WriteAsync(Run(), _folder.File("reports"), new ReportOptions());
        var html = File.ReadAllText(report);
        var injected = html.Replace("<p>Some prose.</p>",
            "<p>Some prose.</p><script>window.__pwned = 'missed'; alert('missed')</script>" +
            "<img src=\"x\" onerror=\"window.__pwned = 'handler'; alert('handler')\"><a id=\"js\" href=\"javascript:alert('js')\">js</a>",
            StringComparison.Ordinal);
        Assert.NotEqual(html, injected);
        File.WriteAllText(report, injected);

        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;
        await ReportChecks.AssertChartsRenderedAsync(page, 1);
        await page.Locator("#js").ClickAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(session.Dialogs);
        // The injected image asks for "x"; the route aborts it, and nothing else is asked for.
        Assert.All(session.OtherRequests, url => Assert.EndsWith("/x", url, StringComparison.Ordinal));
        Assert.Contains(session.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    /// <summary>The control: trusted, the same markdown script runs, and the header says the HTML was trusted.</summary>
    [ChromiumFact]
    public async Task TrustedMarkdownHtml_RunsTheAuthorsScript_AndIsMarked()
    {
        var run = new RunBuilder(_folder.File("06-trusted.dib"))
            .Markdown("# Trusted\n\n<b id=\"bold\">bold</b>\n\n<script>window.__pwned = 'trusted';</script>")
            .Build();
        var report = await HtmlReport.WriteAsync(run, _folder.File("reports"), new ReportOptions { TrustMarkdownHtml = true });
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        Assert.Equal("trusted", await session.Page.EvaluateAsync<string>("() => window.__pwned"));
        Assert.Contains("not sanitised", await session.Page.Locator("#trusted-html").InnerTextAsync(), StringComparison.Ordinal);
        ReportChecks.AssertClean(session);
    }

    public void Dispose() => _folder.Dispose();
}
