using MinerCapex.Data;

namespace MinerCapex.Tests.Data;

public class TickerAliasFileTests
{
    private const string Header = "symbol,provider_symbol,since,announced,name,source_url,note";

    private static string Write(params string[] lines)
    {
        var path = System.IO.Path.Combine(Fixture.TempFolder(), TickerAliasFile.FileName);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Read_BundledFile_HasBitfServedAsKeelSinceTheSixthOfApril()
    {
        var alias = Assert.Single(TickerAliasFile.Read(System.IO.Path.Combine(Fixture.RepoRoot, "data", TickerAliasFile.FileName)));
        Assert.Equal("BITF", alias.Symbol);
        Assert.Equal("KEEL", alias.ProviderSymbol);
        Assert.Equal(new DateOnly(2026, 4, 6), alias.Since);
        Assert.Equal(new DateOnly(2026, 2, 6), alias.Announced);
        Assert.Equal("Keel Infrastructure", alias.Name);
        Assert.Equal("https://orbyd.app/dossiers/KEEL/", alias.SourceUrl);
        Assert.True(File.Exists(Fixture.Prices(alias.Symbol)), "the alias names a bundled price file");
    }

    [Fact]
    public void Read_ColumnsInAnyOrder_LowerCaseTickersAndEmptyAnnouncement()
    {
        var path = Write("name,symbol,since,provider_symbol,source_url,announced,note", "New Co,old,2026-05-01,new.b,https://example.org,,");

        var alias = Assert.Single(TickerAliasFile.Read(path));

        Assert.Equal(new TickerAlias("OLD", "NEW.B", new DateOnly(2026, 5, 1), null, "New Co", "https://example.org", ""), alias);
    }

    [Fact]
    public void Read_HeaderOnly_IsNoAlias()
    {
        Assert.Empty(TickerAliasFile.Read(Write(Header)));
    }

    // Malformed files are cases of MalformedInputTests (Fixtures/bad_tickers_*.csv), with every other reader's.
}
