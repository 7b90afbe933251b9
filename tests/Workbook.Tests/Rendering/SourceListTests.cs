using System.Text.RegularExpressions;
using MinerCapex.Notebook;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>Sources cited by formatter HTML are numbered in order of first use, marked where cited and listed once.</summary>
public sealed class SourceListTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void CitedAddresses_AreNumberedMarkedAndListedOnce_OnlyHttp()
    {
        var run = new RunBuilder(_folder.File("07-sources.dib"))
            .Markdown("# Sources")
            .Code("a", RunBuilder.Html("<table><tr><td><a href=\"https://a.example/1\" data-cite-url=\"https://a.example/1\">a</a></td></tr>"
                + "<tr><td><a data-cite-url=\"javascript:alert(1)\">x</a></td></tr></table>"))
            .Code("b", RunBuilder.Html("<p><span data-cite-url=\"https://b.example/2\" data-cite-title=\"B &amp; co\">b</span> "
                + "<span data-cite-url=\"https://a.example/1\">again</span></p>"))
            .Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Equal(["[1]", "[2]", "[1]"], Regex.Matches(html, "<sup class=\"cite\"><a href=\"#source-\\d\">(\\[\\d\\])</a></sup>").Select(m => m.Groups[1].Value));
        Assert.Contains("<a href=\"https://a.example/1\" data-cite-url=\"https://a.example/1\">a</a><sup class=\"cite\"><a href=\"#source-1\">[1]</a></sup>", html);
        Assert.Contains("<section class=\"sources\" id=\"sources\">\n<h2>Sources</h2>\n<ol>\n"
            + "<li id=\"source-1\"><a href=\"https://a.example/1\" rel=\"noopener noreferrer\">https://a.example/1</a></li>\n"
            + "<li id=\"source-2\">B &amp; co: <a href=\"https://b.example/2\" rel=\"noopener noreferrer\">https://b.example/2</a></li>\n</ol>", html);
        Assert.Contains("<a href=\"#sources\">Sources</a>", html);
    }

    [Fact]
    public void TheCatalogsSourceUrls_BecomeTheReportsSources()
    {
        NotebookFormatters.Register();
        var events = MinerCapex.Panel.MarketData.Load(RepoPaths.Data).Events.Take(3).ToList();
        var run = new RunBuilder(_folder.File("08-events.dib")).Markdown("# Events").Code("events", SampleRuns.Display(events)).Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Equal(events.Select(e => e.SourceUrl).Distinct(), Regex.Matches(html, "<li id=\"source-\\d+\"><a href=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
    }

    public void Dispose() => _folder.Dispose();
}
