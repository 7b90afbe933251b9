using System.Text.RegularExpressions;
using TestSupport.Cli;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>
/// A cell output's <c>data-workbook-as-of</c> declarations become the header's "As of" line and the index card's,
/// and a run that starts more than 30 days after the data end gets one staleness line under the abstract.
/// </summary>
public sealed class DataAsOfTests : IDisposable
{
    private const string Refresh = "tool refresh --all";

    private readonly TempFolder _folder = new();

    private static string Declaration(string label, string date, string? refresh = null) =>
        $"<span data-workbook-as-of=\"{date}\" data-workbook-as-of-label=\"{label}\"{(refresh is null ? "" : $" data-workbook-refresh=\"{refresh}\"")}>{label} to {date}</span>";

    private RunBuilder Notebook(DateTimeOffset startedAt, string declarations) => new RunBuilder(Path.Combine(_folder.Path, "07-as-of.dib"))
    {
        StartedAt = startedAt,
    }
        .Markdown("# Prices and news\n\nHow far do the data go?\n\nMore of the introduction.")
        .Code("data.Describe()", RunBuilder.Html("<p>Data: " + declarations + ".</p>"))
        .Code("//| abstract: key-finding\nfinding", RunBuilder.Html("<p>The finding.</p>"))
        // The same label declared again later keeps the first cell's word.
        .Code("again", RunBuilder.Html(Declaration("news", "1999-01-01")));

    private static readonly string TwoSources = Declaration("prices", "2026-10-07", Refresh) + " · " + Declaration("news", "2026-06-23");

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    private static string? StaleLine(string html) => Regex.Match(html, "<p class=\"stale-data\" id=\"stale-data\" role=\"note\">(.*?)</p>") is { Success: true } m ? Text(m.Groups[1].Value) : null;

    [Fact]
    public void StaleData_OneLineUnderTheAbstract_WithTheDatesTheAgeAndTheRefreshCommand()
    {
        var html = ReportRenderer.Render(Notebook(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero), TwoSources).Build(), new ReportOptions());

        Assert.Contains("<div><dt>As of</dt><dd><span class=\"data-as-of\">prices to <time datetime=\"2026-10-07\">2026-10-07</time> · news to <time datetime=\"2026-06-23\">2026-06-23</time></span></dd></div>", html.Replace("&#183;", "·"));
        Assert.Equal("Stale data: the data end 2026-10-07 (prices to 2026-10-07 · news to 2026-06-23), 60 days before this run. Refresh them with tool refresh --all and rerun.", StaleLine(html));
        // Under the opening cell (the abstract) and its key finding, before the next cell.
        var opening = html.IndexOf("cell-opening", StringComparison.Ordinal);
        var finding = html.IndexOf("id=\"key-finding\"", StringComparison.Ordinal);
        var stale = html.IndexOf("id=\"stale-data\"", StringComparison.Ordinal);
        var next = html.IndexOf("<section class=\"cell cell-code\"", opening, StringComparison.Ordinal);
        Assert.True(opening >= 0 && finding > opening && stale > finding && next > stale, $"opening {opening}, key finding {finding}, stale line {stale}, next cell {next}");
        Assert.Single(Regex.Matches(html, "id=\"stale-data\""));
    }

    [Theory]
    [InlineData(2026, 10, 20, false)]
    [InlineData(2026, 11, 6, false)] // 30 days: still fresh
    [InlineData(2026, 11, 7, true)] // 31 days: stale
    public void TheLineAppearsOnlyMoreThan30DaysAfterTheLatestDeclaredDate(int year, int month, int day, bool stale)
    {
        // The news lag the prices by months; only the end of the data, the latest date, decides.
        var html = ReportRenderer.Render(Notebook(new DateTimeOffset(year, month, day, 23, 59, 0, TimeSpan.Zero), TwoSources).Build(), new ReportOptions());

        Assert.Contains("<dt>As of</dt>", html);
        Assert.Equal(stale, StaleLine(html) is not null);
    }

    [Fact]
    public void WithoutARefreshCommand_TheLineSaysOnlyHowOld()
    {
        var html = ReportRenderer.Render(Notebook(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero), Declaration("news", "2026-06-23")).Build(), new ReportOptions());
        Assert.Equal("Stale data: the data end 2026-06-23 (news to 2026-06-23), 166 days before this run.", StaleLine(html));
    }

    [Theory]
    [InlineData("<span data-workbook-as-of=\"2026-13-01\" data-workbook-as-of-label=\"prices\">x</span>")]
    [InlineData("<span data-workbook-as-of=\"07/10/2026\" data-workbook-as-of-label=\"prices\">x</span>")]
    [InlineData("<span data-workbook-as-of=\"2026-10-07\" data-workbook-as-of-label=\" \">x</span>")]
    [InlineData("<p>prices to 2026-10-07</p>")]
    public void NoValidDeclaration_NoDataLine_NoStaleLine(string output)
    {
        var run = new RunBuilder(Path.Combine(_folder.Path, "08-none.dib")) { StartedAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) }
            .Markdown("# None\n\nAbstract.")
            .Code("x", RunBuilder.Html(output))
            .Build();
        var html = ReportRenderer.Render(run, new ReportOptions());
        Assert.DoesNotContain("<dt>As of</dt>", html);
        Assert.Null(StaleLine(html));
    }

    [Fact]
    public async Task TheIndexCard_ShowsTheDates_AndMarksStale_AlsoForAReportLeftByAnEarlierRun()
    {
        var reports = _folder.File("reports");
        var stale = Notebook(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero), TwoSources).Build();
        // Written by an earlier run: the index reads its dates back from the report's meta tag.
        await HtmlReport.WriteAsync(stale, reports, new ReportOptions());
        var fresh = new RunBuilder(Path.Combine(_folder.Path, "09-fresh.dib")) { StartedAt = new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.Zero) }
            .Markdown("# Fresh\n\nAbstract.")
            .Code("x", RunBuilder.Html(TwoSources))
            .Build();

        var html = (await File.ReadAllTextAsync(await HtmlReport.WriteIndexAsync([fresh], reports))).Replace("&#183;", "·");

        var cards = Regex.Matches(html, "<p class=\"card-as-of\">(.*?)</p>").Select(m => Text(m.Groups[1].Value)).ToList();
        Assert.Equal(["As of prices to 2026-10-07 · news to 2026-06-23 stale", "As of prices to 2026-10-07 · news to 2026-06-23"], cards);
        Assert.Contains("<span class=\"badge badge-stale\" title=\"the data end 60 days before this run\">stale</span>", html);
    }

    [Fact]
    public async Task ARealRun_OfAFixtureNotebook_LiftsItsDeclaration_StaleOrNotByTheRunsOwnStart()
    {
        // Dates far enough from any clock this test meets: the year 2000 is stale, the year 2999 is not.
        static string Notebook(string title, string date) => "#!markdown\n\n# " + title + "\n\nWhat the data are.\n\n#!csharp\n\n"
            + "HTML(\"<p>Data: <span data-workbook-as-of=\\\"" + date + "\\\" data-workbook-as-of-label=\\\"ticks\\\" data-workbook-refresh=\\\"" + Refresh + "\\\">ticks to " + date + "</span>.</p>\")\n";
        var folder = CliRunner.Folder(("old.dib", Notebook("Old", "2000-01-31")), ("new.dib", Notebook("New", "2999-01-01")));
        var reports = Path.Combine(folder, "reports");
        try
        {
            var result = await CliRunner.ProcessAsync(Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll"), folder, null,
                "run", Path.Combine(folder, "old.dib"), Path.Combine(folder, "new.dib"), "--html", reports);
            Assert.True(result.ExitCode == 0, result.ToString());

            var old = File.ReadAllText(Path.Combine(reports, "old.html"));
            Assert.Contains("<dt>As of</dt><dd><span class=\"data-as-of\">ticks to <time datetime=\"2000-01-31\">2000-01-31</time></span></dd>", old);
            Assert.Matches(@"^Stale data: the data end 2000-01-31 \(ticks to 2000-01-31\), \d{4} days before this run\. Refresh them with tool refresh --all and rerun\.$", StaleLine(old));
            var fresh = File.ReadAllText(Path.Combine(reports, "new.html"));
            Assert.Contains("<dt>As of</dt><dd><span class=\"data-as-of\">ticks to <time datetime=\"2999-01-01\">2999-01-01</time></span></dd>", fresh);
            Assert.Null(StaleLine(fresh));
            var index = File.ReadAllText(Path.Combine(reports, "index.html"));
            Assert.Equal(2, Regex.Matches(index, "<p class=\"card-as-of\">").Count);
            Assert.Single(Regex.Matches(index, "class=\"badge badge-stale\""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose() => _folder.Dispose();
}
