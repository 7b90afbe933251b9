using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Panel;

/// <summary>The bundled catalogs as the façade exposes them: read at load, events checked against the sessions.</summary>
public class MarketDataCatalogTests
{
    private static readonly Lazy<MarketData> Bundled = new(() => MarketData.Load());
    private static MarketData Data => Bundled.Value;

    [Fact]
    public void Columns_FollowTheUniverseOrder()
    {
        Assert.Equal(Data.Universe.Select(m => m.Symbol), Data.Symbols);
        Assert.Equal(Data.Symbols, Data.Prices.Symbols);
        Assert.Equal("MARA", Data.Symbols[0]);
    }

    [Fact]
    public void SymbolsIn_SplitsTheMinerIndex()
    {
        Assert.Equal(12, Data.SymbolsIn(SymbolGroup.Miner).Count);
        Assert.Equal(["APLD", "CIFR", "CORZ", "HUT", "IREN", "RIOT", "WULF"], Data.SymbolsIn(SymbolGroup.Miner, MinerSubgroup.AiPivot).Order());
        Assert.Equal(["BITF", "BTDR", "CLSK", "HIVE", "MARA"], Data.SymbolsIn(SymbolGroup.Miner, MinerSubgroup.BtcCentric).Order());
        Assert.Equal(MinerSubgroup.AiPivot, Data.Member("cifr").Subgroup);
        Assert.Throws<KeyNotFoundException>(() => Data.Member("XYZ"));
    }

    [Theory]
    [InlineData("nebius_msft_gpu", "2025-09-09")]
    [InlineData("iren_msft_9_7b", "2025-11-03")]
    [InlineData("meta_bond_30b", "2025-10-30")]
    [InlineData("amzn_bond_15b", "2025-11-17")]
    [InlineData("amzn_gov_ai_50b", "2025-11-24")]
    [InlineData("amzn_indiana_15b", "2025-11-24")]
    [InlineData("btc_halving_4", "2024-04-22")]
    public void Events_SeedFirstSessionsAreSessionsOfThePanel(string id, string firstSession)
    {
        var e = Assert.Single(Data.Events, x => x.Id == id);
        Assert.Equal(DateOnly.Parse(firstSession), e.FirstSession);
        Assert.True(Data.Prices.IndexOf(e.FirstSession) >= 0);
    }

    [Fact]
    public void Capex_CarriesTheBondOrderBooks()
    {
        var bonds = Data.Capex.Where(c => c.Kind == CapexKind.Bond).ToLookup(c => c.Entity);
        (double, double?) Book(string entity, int year) => bonds[entity].Where(b => b.Date.Year == year).Select(b => (b.AmountUsdBn!.Value, b.OrderBookUsdBn)).Single();
        Assert.Equal((30.0, 125.0), Book("META", 2025));
        Assert.Equal((15.0, 80.0), Book("AMZN", 2025));
        Assert.Equal((25.0, 126.0), Book("ORCL", 2026));
        // Alphabet's two 2026 sales: the dollar one with its book, the sterling/franc one without.
        Assert.Equal([(11.0, null), (20.0, 100.0)], bonds["GOOGL"].Where(b => b.Date.Year == 2026).Select(b => (b.AmountUsdBn!.Value, b.OrderBookUsdBn)).Order().ToArray());
        Assert.All(Data.Capex.Where(c => c.Kind != CapexKind.Bond), c => Assert.Null(c.OrderBookUsdBn));
    }

    [Fact]
    public void Catalogs_ConvertToDataFrames()
    {
        var events = Data.Events.ToDataFrame();
        Assert.Equal(97, events.Rows.Count);
        Assert.Equal(7, events["defined_by"].Cast<string>().Count(v => v == "price"));
        Assert.Equal(0, events["first_session"].NullCount);
        var capex = Data.Capex.ToDataFrame();
        Assert.Equal(Data.Capex.Count, capex.Rows.Count);
        Assert.Equal(Data.Capex.Count(c => c.OrderBookUsdBn is null), capex["order_book_usd_bn"].NullCount);
        Assert.Equal(28, Data.Universe.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Catalogs_AbsentFromAFolder_SayWhichFile()
    {
        var folder = MinerCapex.Tests.Data.Fixture.TempFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "prices"));
            File.Copy(MinerCapex.Tests.Data.Fixture.Prices("SPY"), Path.Combine(folder, "prices", "SPY.csv"));
            var bare = MarketData.Load(folder);
            Assert.Equal(["SPY"], bare.Symbols);
            var ex = Assert.Throws<FileNotFoundException>(() => bare.Events);
            Assert.Contains("events.csv", ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
