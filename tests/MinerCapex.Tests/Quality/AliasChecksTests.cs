using MinerCapex.Data;
using MinerCapex.Quality;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Quality;

public class AliasChecksTests
{
    private static readonly TickerAlias Keel = new("BITF", "KEEL", new DateOnly(2026, 4, 6), new DateOnly(2026, 2, 6), "Keel Infrastructure", "https://orbyd.app/dossiers/KEEL/", "");

    [Fact]
    public void EachRow_IsOneFinding_AtItsLine_DatedByTheFirstSessionUnderTheNewTicker()
    {
        var other = new TickerAlias("OLD", "NEW", new DateOnly(2026, 5, 1), null, "New Co", "https://example.org", "");

        var found = AliasChecks.Renames([Keel, other], "tickers.csv", new HashSet<string> { "BITF" });

        Assert.Equal([(2, "BITF", new DateOnly(2026, 4, 6)), (3, "OLD", new DateOnly(2026, 5, 1))], found.Select(f => (f.Line, f.Symbol, f.Date!.Value)));
        Assert.All(found, f => Assert.Equal(QualityIssue.ProviderAlias, f.Kind));
        Assert.Equal("BITF is served by the provider as KEEL since 2026-04-06 (Keel Infrastructure, announced 2026-02-06; source https://orbyd.app/dossiers/KEEL/); " +
            "the series continues in prices/BITF.csv, and 'data refresh BITF' downloads KEEL into it.", found[0].Detail);
        Assert.EndsWith("(New Co; source https://example.org); but there is no readable prices/OLD.csv for 'data refresh OLD' to update.", found[1].Detail);
    }

    [Fact]
    public void Run_MalformedAliasFile_IsAnUnreadableFinding_AndTheRestIsChecked()
    {
        var root = Fixture.TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "prices"));
        File.WriteAllLines(Path.Combine(root, "prices", "SPY.csv"), ["Date,Open,High,Low,Close,Adj Close,Volume", "2025-01-02,1,2,1,2,2,10"]);
        var aliases = Path.Combine(root, TickerAliasFile.FileName);
        File.WriteAllLines(aliases, ["symbol,provider_symbol,since,announced,name,source_url,note", "SPY,SPY2,2026-13-01,,S,https://x,"]);

        var report = DataQuality.Run(root);

        var f = Assert.Single(report.Of(QualityIssue.Unreadable), f => f.File == aliases);
        Assert.Equal(2, f.Line);
        Assert.Equal("line 2, column 3: found '2026-13-01'; expected a date as yyyy-MM-dd.", f.Detail);
        Assert.Contains(aliases, report.Files);
        Assert.Empty(report.Of(QualityIssue.ProviderAlias));
    }
}
