using Microsoft.Playwright;
using Reports.Tests.Fixtures;

namespace Reports.Tests.Browser;

/// <summary>
/// The README's picture of a report, <c>docs/report-screenshot.png</c>: taken by the browser tests, but written only
/// when asked (<c>WORKBOOK_UPDATE_DOCS_SCREENSHOT=1</c>), because a committed file must not change on every test run.
/// It shows the first screens of the report of the first research notebook in notebooks/, or of the hand-built
/// research sample while that folder has none.
/// </summary>
internal static class DocsScreenshot
{
    public const string Variable = "WORKBOOK_UPDATE_DOCS_SCREENSHOT";

    /// <summary>True for the notebook whose report the README shows.</summary>
    public static bool IsShownInReadme(string notebookPath)
    {
        var notebooks = EngineReports.Notebooks();
        return notebooks[0] != EngineReports.FeaturesNotebook
            ? notebookPath == notebooks[0]
            : notebookPath == SampleRuns.ResearchNotebookName;
    }

    public static async Task UpdateIfAskedAsync(IBrowser browser, string notebookPath, string reportPath)
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1" || !IsShownInReadme(notebookPath))
            return;
        await using var session = await PageSession.OpenAsync(browser, reportPath, width: 1280, height: 2100);
        var target = Path.Combine(RepoPaths.Root, "docs", "report-screenshot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = target });
        ReportChecks.AssertClean(session);
    }
}
