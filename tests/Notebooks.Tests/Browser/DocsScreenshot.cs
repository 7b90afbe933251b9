using Microsoft.Playwright;

namespace Notebooks.Tests.Browser;

/// <summary>
/// The README's pictures of a report, <c>docs/report-screenshot.png</c> (desktop), <c>report-phone.png</c> (390 px)
/// and <c>report-dark.png</c>: taken by the browser tests, but written only
/// when asked (<c>WORKBOOK_UPDATE_DOCS_SCREENSHOT=1</c>), because a committed file must not change on every test run.
/// It shows the first screens of notebook 02's report (the README's caption says so), else of the first research
/// notebook.
/// </summary>
internal static class DocsScreenshot
{
    public const string Variable = "WORKBOOK_UPDATE_DOCS_SCREENSHOT";

    private const string PreferredNotebook = "02-correlation.dib";

    /// <summary>True for the research notebook whose report the README shows, by full path.</summary>
    public static bool IsShownInReadme(string notebookPath)
    {
        var research = ResearchReports.Files;
        var shown = research.FirstOrDefault(n => Path.GetFileName(n) == PreferredNotebook) ?? research.FirstOrDefault();
        return notebookPath == shown;
    }

    public static async Task UpdateIfAskedAsync(IBrowser browser, string notebookPath, string reportPath)
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1" || !IsShownInReadme(notebookPath))
            return;
        await ShootAsync(browser, reportPath, "report-screenshot.png", 1280, 2100, ColorScheme.Light);
        await ShootAsync(browser, reportPath, "report-phone.png", 390, 1700, ColorScheme.Light);
        // Dark: from the first figure down, so the picture shows a chart in the dark palette.
        await ShootAsync(browser, reportPath, "report-dark.png", 1280, 1000, ColorScheme.Dark, atFirstFigure: true);
    }

    private static async Task ShootAsync(IBrowser browser, string reportPath, string name, int width, int height, ColorScheme scheme, bool atFirstFigure = false)
    {
        await using var session = await PageSession.OpenAsync(browser, reportPath, scheme, width, height);
        await ReportChecks.AssertChartsRenderedAsync(session.Page, ReportChecks.ChartScriptCount(await File.ReadAllTextAsync(reportPath)));
        if (atFirstFigure)
            await session.Page.EvaluateAsync("() => document.querySelector('figure.figure-chart')?.scrollIntoView({ block: 'start' })");
        var target = Path.Combine(RepoPaths.Root, "docs", name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = target });
        ReportChecks.AssertClean(session);
    }
}
