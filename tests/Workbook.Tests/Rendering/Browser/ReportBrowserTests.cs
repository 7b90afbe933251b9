using Microsoft.Playwright;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>The hand-built reports in real Chromium, with every request other than the report itself blocked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture chromium, SampleReports reports) : IClassFixture<SampleReports>
{
    [ChromiumFact]
    public async Task ResearchReport_PassesEveryBrowserCheck()
    {
        var browser = await chromium.BrowserAsync();
        Assert.Equal(5, ReportChecks.ChartScriptCount(File.ReadAllText(reports.Research)));
        await ReportChecks.AssertHealthyReportAsync(browser, reports.Research);
    }

    [ChromiumFact]
    public async Task FailingReport_PassesEveryBrowserCheck_AndLinksToTheFailedCell()
    {
        var browser = await chromium.BrowserAsync();
        await ReportChecks.AssertHealthyReportAsync(browser, reports.Failing);

        await using var session = await PageSession.OpenAsync(browser, reports.Failing);
        var page = session.Page;
        await page.Locator(".status-failed a").ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash === '#cell-3'");
        Assert.True(await page.Locator("#cell-3 .output-error").IsVisibleAsync());
        Assert.True(await page.Locator("#cell-3 pre.code").IsVisibleAsync(), "the failed cell's code is unfolded");
        Assert.Contains("FileNotFoundException", await page.Locator("#cell-3 .error-type").InnerTextAsync());
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task Index_ListsBothReports_MarksTheFailedOne_AndItsLinksOpenThem()
    {
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, reports.Index);
        var page = session.Page;
        var cards = page.Locator(".cards > li.card");
        Assert.Equal(2, await cards.CountAsync());
        Assert.Equal("Miners versus Bitcoin", await cards.Nth(0).Locator("h2 a").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".cards > li.card.failed").CountAsync());
        Assert.Contains("Failed at cell 3", await page.Locator(".cards > li.card.failed").InnerTextAsync());
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, "index.png") });
        ReportChecks.AssertClean(session);

        // On a phone the cards stack and nothing leaves the screen: status and duration stay in view.
        await using var phone = await PageSession.OpenAsync(browser, reports.Index, width: 390, height: 844);
        Assert.Equal(390, await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var right = await phone.Page.EvaluateAsync<double>("() => Math.max(...Array.from(document.querySelectorAll('.card .badge, .card time')).map(e => e.getBoundingClientRect().right))");
        Assert.True(right <= 390, $"a card's status or time ends at {right}px");
        ReportChecks.AssertClean(phone);
    }

    [ChromiumFact]
    public async Task Print_HidesCodeAndNavigation_AndSizesChartsForA4()
    {
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, reports.Research);
        var page = session.Page;
        var screenWidths = await ChartWidthsAsync(page);
        Assert.All(screenWidths, w => Assert.True(w > 700, $"screen chart width {w}"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('details.code')).display"));
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav.toc')).display"));
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        // 180 mm of an A4 page's text block at 96 px per inch.
        Assert.All(await ChartWidthsAsync(page), w => Assert.Equal(680, w));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        Assert.Equal(screenWidths, await ChartWidthsAsync(page));
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task OnAPhone_TheContentsSitAboveTheText_AndThePageDoesNotScrollSideways()
    {
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, reports.Research, width: 390, height: 844);
        var page = session.Page;
        await ReportChecks.AssertChartsRenderedAsync(page, 5);

        Assert.Equal("static", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav.toc')).position"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('nav.toc').getBoundingClientRect().bottom <= document.querySelector('main').getBoundingClientRect().top + 1"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
        Assert.All(await ChartWidthsAsync(page), w => Assert.InRange(w, 300, 390));
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, "01-miners-vs-bitcoin-phone.png") });
        ReportChecks.AssertClean(session);
    }

    [ChromiumFact]
    public async Task CopyButton_CopiesTheCellSource()
    {
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, reports.Research);
        var page = session.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var cell = page.Locator("#cell-2");
        await cell.Locator("summary").ClickAsync();
        await cell.Locator("button.copy").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#cell-2 button.copy').textContent !== 'Copy'");
        Assert.Equal("Copied", await cell.Locator("button.copy").InnerTextAsync());
        Assert.Equal("// parameters\nvar window = 60;\nvar benchmark = \"BTC-USD\";", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        ReportChecks.AssertClean(session);
    }

    private static Task<int[]> ChartWidthsAsync(IPage page) =>
        page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('.js-plotly-plot .main-svg:first-child')).map(s => Math.round(s.getBoundingClientRect().width))");
}
