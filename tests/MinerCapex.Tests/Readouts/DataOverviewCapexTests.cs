using MinerCapex.Panel;
using MinerCapex.Readouts;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Readouts;

/// <summary><see cref="DataOverview.CapexByYear"/> on the bundled capex.csv: each hyperscaler's latest 2025 guide, 2025 actual and latest 2026 guide.</summary>
public class DataOverviewCapexTests
{
    private static readonly Lazy<DataOverview> Overview = new(() =>
        DataOverview.Of(MarketData.Load(Path.Combine(Fixture.RepoRoot, "data")), new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)));

    [Fact]
    public void CapexByYear_TableHoldsTheLatestGuidesAndTheActuals()
    {
        var table = Overview.Value.CapexByYear().Tables.Single();
        Assert.Equal(4, table.RowCount);
        var rows = Enumerable.Range(0, table.RowCount).Select(r => (
            (string?)table.Value(r, 0), (double?)table.Value(r, 1), (double?)table.Value(r, 2), (double?)table.Value(r, 3), table.Text(r, 5))).ToArray();
        Assert.Equal([
            ("AMZN", 125.0, 131.0, 200.0, "yes"),
            ("MSFT", 80.0, null, 190.0, "no"), // FY2025 guide; no 2025 actual in the catalog; the CY2026 guide is disputed
            ("GOOGL", 92.0, 91.4, 185.0, "yes"),
            ("META", 71.0, 72.2, 135.0, "yes"),
        ], rows);
        Assert.All(Enumerable.Range(0, 4), r => Assert.Equal("2026-04-29", table.Text(r, 4)));
    }

    [Fact]
    public void CapexByYear_SentenceSumsTheGuides_AndQuotesTheVerifiedPressTotal()
    {
        var html = Overview.Value.CapexByYear().Text.Html;
        // 200 + 190 + 185 + 135 = 710 against 125 + 80 + 92 + 71 = 368: 1.9 times as much.
        Assert.Contains("For AMZN, MSFT, GOOGL, META, the latest 2026 guides sum to <b>$710B</b> against <b>$368B</b>", html, StringComparison.Ordinal);
        Assert.Contains("<b>1.9&#215;</b> as much", html, StringComparison.Ordinal); // "1.9×", the sign HTML-encoded
        // The unverified 505 and 650 totals are passed over for the verified 725 of 2026-04-30.
        Assert.Contains("The largest verified press total for 2026, of 2026-04-30, is <b>$725B</b>, against the unverified <b>$400B</b> quoted for 2025.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CapexByYearChart_HasThreeBarsPerHyperscaler()
    {
        var traces = Charts.ChartJson.Of(Overview.Value.CapexByYearChart()).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["2025, latest guide", "2025, actual", "2026, latest guide"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["AMZN", "MSFT", "GOOGL", "META"], traces[2].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal([200.0, 190.0, 185.0, 135.0], traces[2].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
    }
}
