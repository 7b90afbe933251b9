using Microsoft.Playwright;
using Reports.Tests.Fixtures;

namespace Reports.Tests.Browser;

/// <summary>
/// The README's picture of a report, <c>docs/report-screenshot.png</c>: taken by the browser tests, but written only
/// when asked (<c>WORKBOOK_UPDATE_DOCS_SCREENSHOT=1</c>), because a committed file must not change on every test run.
/// It shows the header, the sticky contents, prose, a DataFrame table and the first chart.
/// </summary>
internal static class DocsScreenshot
{
    public const string Variable = "WORKBOOK_UPDATE_DOCS_SCREENSHOT";

    public static async Task UpdateIfAskedAsync(IBrowser browser, string reportPath)
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
            return;
        await using var session = await PageSession.OpenAsync(browser, reportPath, width: 1280, height: 2100);
        var target = Path.Combine(RepoPaths.Root, "docs", "report-screenshot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = target });
        ReportChecks.AssertClean(session);
    }
}
