using System.Globalization;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>Notebook 01's report, written by the real <c>workbook run</c>: every source it cites numbered and listed once.</summary>
public sealed class ResearchReportSourcesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Report01_CitesEveryCapexFigureAndEveryEventItShows_OneNumberedSourcePerDistinctAddress()
    {
        var reports = _folder.File("reports");
        var result = await WorkbookCli.ProcessAsync(RepoPaths.Root,
            "run", Path.Combine(RepoPaths.Notebooks, "01-data-and-capex.dib"), "--html", reports);
        Assert.True(result.ExitCode == 0, result.ToString());
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(reports, "01-data-and-capex.html")));

        // The window the notebook showed, from its parameters as the header lists them.
        DateOnly Parameter(string name)
        {
            var value = document.QuerySelectorAll("table.parameters tbody tr").Single(r => r.QuerySelector("td code")!.TextContent == name).QuerySelectorAll("td code")[1].TextContent;
            var parts = Regex.Match(value, @"new DateOnly\((\d+), (\d+), (\d+)\)").Groups;
            return new DateOnly(int.Parse(parts[1].Value, CultureInfo.InvariantCulture), int.Parse(parts[2].Value, CultureInfo.InvariantCulture), int.Parse(parts[3].Value, CultureInfo.InvariantCulture));
        }
        var (start, end) = (Parameter("start"), Parameter("end"));
        var data = MinerCapex.Panel.MarketData.Load(RepoPaths.Data);
        var shownEvents = data.Events.Where(e => e.FirstSession >= start && e.FirstSession <= end).ToList();
        var expected = data.Capex.Select(f => f.SourceUrl).Concat(shownEvents.Select(e => e.SourceUrl)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var listed = document.QuerySelectorAll("#sources li").Select(li => (Id: li.Id, Url: li.QuerySelector("a")!.GetAttribute("href")!)).ToList();
        Assert.Equal(Enumerable.Range(1, listed.Count).Select(n => "source-" + n.ToString(CultureInfo.InvariantCulture)), listed.Select(s => s.Id));
        Assert.Equal(expected, listed.Select(s => s.Url).Order(StringComparer.Ordinal));
        Assert.True(listed.Count > 30, $"only {listed.Count} sources");

        // Every cited cell carries the number of its own address.
        var cited = document.QuerySelectorAll(".outputs td a[data-cite-url]").ToList();
        foreach (var link in cited)
        {
            var mark = link.NextElementSibling;
            Assert.True(mark is { LocalName: "sup", ClassName: "cite" }, $"no citation mark after {link.OuterHtml}");
            var number = int.Parse(mark!.TextContent.Trim('[', ']'), CultureInfo.InvariantCulture);
            Assert.Equal(link.GetAttribute("data-cite-url"), listed[number - 1].Url);
            Assert.Equal("#source-" + number.ToString(CultureInfo.InvariantCulture), mark.QuerySelector("a")!.GetAttribute("href"));
        }
        // The capex table cites each of its figures, the catalog table each event of the window.
        Assert.Equal(data.Capex.Count, document.QuerySelectorAll(".outputs table").Single(t => t.QuerySelector("th")?.TextContent == "Figure").QuerySelectorAll("tbody td:first-child a[data-cite-url]").Length);
        var catalog = document.QuerySelectorAll(".outputs table").Single(t => t.QuerySelectorAll("th").Any(h => h.TextContent == "Cluster"));
        Assert.Equal(shownEvents.Select(e => e.Id).Order(StringComparer.Ordinal), catalog.QuerySelectorAll("tbody a[data-cite-url]").Select(a => a.GetAttribute("title")!).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
