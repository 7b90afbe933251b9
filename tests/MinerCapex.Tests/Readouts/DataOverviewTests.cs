using System.Text.RegularExpressions;
using MinerCapex.Notebook;
using MinerCapex.Panel;
using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class DataOverviewTests
{
    private static readonly MarketData Data = MarketData.Load();
    private static readonly DateOnly Start = new(2024, 1, 1), End = new(2025, 12, 31);

    private static List<string> CitedUrls(string html) =>
        Regex.Matches(html, "data-cite-url=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [Fact]
    public void Capex_figures_list_every_row_each_citing_its_source()
    {
        var readout = DataOverview.Of(Data, Start, End).CapexFigures();
        var table = Assert.Single(readout.Tables);

        Assert.Equal(Data.Capex.Count, table.RowCount);
        var byDate = Data.Capex.OrderBy(f => f.Date).ThenBy(f => f.Entity, StringComparer.Ordinal).ToList();
        Assert.Equal(byDate.Select(f => f.SourceUrl), Enumerable.Range(0, table.RowCount).Select(r => ((Cited)table.Value(r, 0)!).Url));
        Assert.Equal(byDate.Select(f => f.SourceUrl), CitedUrls(table.ToHtml().Html));
        var distinct = Data.Capex.Select(f => f.SourceUrl).Distinct().Count();
        Assert.Contains($"{Data.Capex.Count} figures from {distinct} distinct pages, {Data.Capex.Count(f => !f.Verified)} of them unverified", readout.ToText());
    }

    [Fact]
    public void The_catalog_lists_the_events_of_the_window_each_headline_citing_its_source()
    {
        var readout = DataOverview.Of(Data, Start, End).Catalog();
        var table = Assert.Single(readout.Tables);

        var shown = Data.Events.Where(e => e.FirstSession >= Start && e.FirstSession <= End).OrderBy(e => e.FirstSession).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.True(shown.Count > 40, $"{shown.Count} events");
        Assert.Equal(shown.Select(e => e.SourceUrl), CitedUrls(table.ToHtml().Html));
        Assert.Equal(shown.Select(e => e.Id), Enumerable.Range(0, table.RowCount).Select(r => ((MinerCapex.Data.MarketEvent)table.Value(r, 2)!).Id));
        Assert.Contains($"The window holds {shown.Count} events, read from {shown.Select(e => e.SourceUrl).Distinct().Count()} distinct pages", readout.ToText());
    }
}
