using System.Text.RegularExpressions;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Publishing;

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

        var cards = Regex.Matches(html, "<li class=\"card( failed)?\">(?:<a [^>]+>(?:[^<]*|<img [^>]+>)</a>)?<h2><a href=\"([^\"]+)\">([^<]+)</a></h2>").Select(m => (Failed: m.Groups[1].Success, File: m.Groups[2].Value, Title: m.Groups[3].Value)).ToList();
        Assert.Equal([(false, "01-miners-vs-bitcoin.html", "Miners versus Bitcoin"), (true, "02-failing.html", "A notebook that fails")], cards);
        Assert.Contains("<span class=\"badge badge-failed\">Failed</span> at <a href=\"02-failing.html#cell-3\">cell 3</a>", html);
        Assert.Contains(" · 525 ms · <time datetime=\"2026-02-02T09:30:00Z\">2026-02-02 09:30:00 UTC</time> · <code>", html);
        Assert.Contains("<p class=\"card-abstract\">Do listed bitcoin miners still trade like Bitcoin, or like AI infrastructure? This notebook compares", html);
        Assert.Contains("2 reports · <span class=\"badge badge-failed\">1 failed</span>", html);
        Assert.Contains("<title>Reports</title>", html);
    }

    [Fact]
    public async Task Index_AlsoListsReportsLeftByEarlierRuns_ReadFromTheirMetaTag()
    {
        var reports = _folder.File("reports");
        await HtmlReport.WriteAsync(SampleRuns.Failing(_folder.Path), reports, new ReportOptions());
        File.WriteAllText(Path.Combine(reports, "notes.html"), "<html><body>not a report</body></html>");

        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([SampleRuns.Research(_folder.Path)], reports));

        Assert.Contains(">Miners versus Bitcoin</a>", html);
        Assert.Contains("<li class=\"card failed\"><h2><a href=\"02-failing.html\">A notebook that fails</a></h2>", html);
        Assert.Contains("<code>02-failing.dib</code></p></li>", html);
        Assert.DoesNotContain("notes.html", html);
    }

    [Fact]
    public async Task Summary_RoundTripsThroughTheReportsMetaTag()
    {
        var run = HostileRun.Build(_folder.Path);
        var path = await HtmlReport.WriteAsync(run, _folder.File("reports"), new ReportOptions());
        var summary = SummaryRecord.ReadFrom(path);

        Assert.Equal(new ReportSummary("03-hostile.html", "Payloads <script>alert(0)</script>", "03-hostile.dib", run.StartedAt, run.Duration, false, 8)
        {
            Abstract = "Every output below carries markup from data.",
            FigureAlt = "Figure 1: </script><script>window.__pwned = 'chart'; alert(3)</script>",
        }, summary);
        Assert.Null(SummaryRecord.ReadFrom(_folder.File("missing.html")));
    }

    [Fact]
    public async Task Index_OpensWithTheWorkbooksIntroduction_AndTheAnswerANotebookMarks()
    {
        var notebooks = Directory.CreateDirectory(_folder.File("book")).FullName;
        File.WriteAllText(Path.Combine(notebooks, HtmlReport.IndexIntroFileName), "# The workbook\n\n**Is it so?** <script>alert(1)</script>");
        var answering = new RunBuilder(Path.Combine(notebooks, "05-answer.dib"))
            .Markdown("# Findings\n\nWhat the numbers say.")
            .Code("//| index: answer\ndisplay(HTML(answer));", RunBuilder.Html("<p><b>Yes.</b> By 0.42.</p><script>alert(2)</script>"))
            .Build();
        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([answering], _folder.File("reports")));

        Assert.Contains("<title>The workbook</title>", html);
        Assert.Contains("<header class=\"index-intro\"><h1 id=\"the-workbook\">The workbook</h1>\n<p><strong>Is it so?</strong> </p>", html);
        Assert.Contains("<section class=\"index-answer\" id=\"answer\"><h2>The answer</h2>\n<p><b>Yes.</b> By 0.42.</p><p class=\"index-answer-source\">From <a href=\"05-answer.html\">Findings</a>.</p></section>", html);
        Assert.DoesNotContain("alert", html);
    }

    [Fact]
    public async Task AFreshReportsFirstChart_IsDrawnAsAnSvgThumbnail_WithoutABrowser_AndItsOldWebpIsRemoved()
    {
        var reports = Directory.CreateDirectory(_folder.File("reports")).FullName;
        var stale = Path.Combine(reports, "01-miners-vs-bitcoin.thumbnail.webp");
        File.WriteAllBytes(stale, [0x52, 0x49, 0x46, 0x46]);
        File.WriteAllText(stale + ".sha256", new string('0', 64));
        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([SampleRuns.Research(_folder.Path), SampleRuns.Failing(_folder.Path)], reports));

        Assert.False(File.Exists(stale), "the fresh report's old WebP thumbnail was kept");
        Assert.False(File.Exists(stale + ".sha256"));
        var image = Path.Combine(reports, "01-miners-vs-bitcoin.thumbnail.svg");
        var svg = await File.ReadAllTextAsync(image);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"432\" height=\"243\"", svg);
        // The research sample's first chart: five miners rebased to 100, one line each.
        Assert.Equal(SampleRuns.Miners.Length, Regex.Matches(svg, "<path ").Count);
        Assert.Contains("<li class=\"card\"><a href=\"01-miners-vs-bitcoin.html\" tabindex=\"-1\"><img class=\"card-figure\" width=\"432\" height=\"243\" alt=\"Figure 1: Miners rebased to 100\" "
            + $"src=\"data:image/svg+xml;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg))}\"></a><h2>", html);
        // A report without charts has neither a thumbnail nor a figure name.
        Assert.Contains("<li class=\"card failed\"><h2><a href=\"02-failing.html\">", html);
        Assert.False(File.Exists(Path.Combine(reports, "02-failing.thumbnail.svg")));
    }

    [Fact]
    public async Task AFreshReportWhoseChartCannotBeSketched_NamesItsFigure_AndLosesItsEarlierThumbnail()
    {
        var reports = Directory.CreateDirectory(_folder.File("reports")).FullName;
        var image = Path.Combine(reports, "pie.thumbnail.svg");
        File.WriteAllText(image, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var run = new RunBuilder(_folder.File("pie.dib"))
            .Markdown("# Shares\n\nA pie.")
            .Code("//| fig-cap: Shares by miner\nchart", new DisplayOutput([new FormattedValue("text/html", "<div>pie</div>"), new FormattedValue("application/vnd.plotly.v1+json", "{\"data\":[{\"type\":\"pie\",\"values\":[1,2]}],\"layout\":{}}")], null, true))
            .Build();

        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([run], reports));

        Assert.False(File.Exists(image), "a thumbnail of an earlier figure was kept");
        Assert.Contains("<li class=\"card\"><a href=\"pie.html\" tabindex=\"-1\" class=\"card-figure card-figure-text\">Figure 1: Shares by miner</a><h2>", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public async Task AReportFromAnEarlierRun_KeepsItsThumbnailFile_AndItsFigureNameFromItsMetaTag()
    {
        var reports = _folder.File("reports");
        await HtmlReport.WriteAsync(SampleRuns.Research(_folder.Path), reports, new ReportOptions());
        const string drawn = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"432\" height=\"243\"></svg>";
        File.WriteAllText(Path.Combine(reports, "01-miners-vs-bitcoin.thumbnail.svg"), drawn);
        Assert.Equal("Figure 1: Miners rebased to 100", SummaryRecord.ReadFrom(Path.Combine(reports, "01-miners-vs-bitcoin.html"))!.FigureAlt);

        var html = await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([SampleRuns.Failing(_folder.Path)], reports));
        Assert.Contains("<a href=\"01-miners-vs-bitcoin.html\" tabindex=\"-1\"><img class=\"card-figure\" width=\"432\" height=\"243\" alt=\"Figure 1: Miners rebased to 100\" "
            + $"src=\"data:image/svg+xml;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(drawn))}\"></a>", html);
    }

    public void Dispose() => _folder.Dispose();
}
