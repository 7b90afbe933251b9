using System.Text.RegularExpressions;
using Reports.Tests.Fixtures;
using Workbook.Rendering;

namespace Reports.Tests.Rendering;

public sealed class IndexPageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Index_ListsEveryRunWithTitleTimeDurationAndStatus_FailedMarked()
    {
        var reports = _folder.File("reports");
        var research = SampleRuns.Research(_folder.Path);
        var failing = SampleRuns.Failing(_folder.Path);
        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([failing, research], reports));

        var rows = Regex.Matches(html, "<tr( class=\"failed\")?><td><a href=\"([^\"]+)\">([^<]+)</a></td>").Select(m => (Failed: m.Groups[1].Success, File: m.Groups[2].Value, Title: m.Groups[3].Value)).ToList();
        Assert.Equal([(false, "01-miners-vs-bitcoin.html", "Miners versus Bitcoin"), (true, "02-failing.html", "A notebook that fails")], rows);
        Assert.Contains("<span class=\"badge badge-failed\">Failed</span> at <a href=\"02-failing.html#cell-3\">cell 3</a>", html);
        Assert.Contains("<time datetime=\"2026-02-02T09:30:00Z\">2026-02-02 09:30:00 UTC</time></td><td>525 ms</td>", html);
        Assert.Contains("2 reports · <span class=\"badge badge-failed\">1 failed</span>", html);
    }

    [Fact]
    public async Task Index_AlsoListsReportsLeftByEarlierRuns_ReadFromTheirMetaTag()
    {
        var reports = _folder.File("reports");
        await HtmlReport.WriteAsync(SampleRuns.Failing(_folder.Path), reports, new ReportOptions());
        File.WriteAllText(Path.Combine(reports, "notes.html"), "<html><body>not a report</body></html>");

        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([SampleRuns.Research(_folder.Path)], reports));

        Assert.Contains(">Miners versus Bitcoin</a>", html);
        Assert.Contains("<tr class=\"failed\"><td><a href=\"02-failing.html\">A notebook that fails</a></td><td><code>02-failing.dib</code></td>", html);
        Assert.DoesNotContain("notes.html", html);
    }

    [Fact]
    public async Task Summary_RoundTripsThroughTheReportsMetaTag()
    {
        var run = HostileRun.Build(_folder.Path);
        var path = await HtmlReport.WriteAsync(run, _folder.File("reports"), new ReportOptions());
        var summary = ReportSummary.ReadFrom(path);

        Assert.Equal(new ReportSummary("03-hostile.html", "Payloads <script>alert(0)</script>", "03-hostile.dib", run.StartedAt, run.Duration, false, 8), summary);
        Assert.Null(ReportSummary.ReadFrom(_folder.File("missing.html")));
    }

    public void Dispose() => _folder.Dispose();
}
