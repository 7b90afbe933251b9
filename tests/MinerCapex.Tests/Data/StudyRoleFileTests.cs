using MinerCapex.Data;

namespace MinerCapex.Tests.Data;

public class StudyRoleFileTests
{
    private static readonly string[] Events = ["nebius_msft_gpu", "btc_halving_4", "cifr_fluidstack_google"];
    private static readonly string[] Symbols = ["BTC-USD", "QQQ", "ETH-USD", "WGMI", "SPY"];

    private static string Write(params string[] lines)
    {
        var path = System.IO.Path.Combine(Fixture.TempFolder(), StudyRoleFile.FileName);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static readonly string[] Valid =
    [
        "role,value,note", "seed_event,nebius_msft_gpu,", "seed_event,btc_halving_4,", "mixed_news_event,cifr_fluidstack_google,",
        "bitcoin,BTC-USD,", "market,QQQ,", "ether,ETH-USD,", "miner_fund,WGMI,",
    ];

    [Fact]
    public void Read_BundledFile_NamesTheFiveSeedsAndTheFactorSymbols()
    {
        var data = System.IO.Path.Combine(Fixture.RepoRoot, "data");
        var ids = EventFile.Read(System.IO.Path.Combine(data, "events.csv"), PriceFile.Read(Fixture.Prices("SPY")).Dates).Select(e => e.Id).ToList();
        var symbols = Directory.GetFiles(System.IO.Path.Combine(data, "prices"), "*.csv").Select(System.IO.Path.GetFileNameWithoutExtension).ToList();

        var roles = StudyRoleFile.Read(System.IO.Path.Combine(data, StudyRoleFile.FileName), ids, symbols!);

        Assert.Equal(["nebius_msft_gpu", "iren_msft_9_7b", "amzn_gov_ai_50b", "amzn_indiana_15b", "btc_halving_4"], roles.SeedEvents);
        Assert.Equal(["cifr_fluidstack_google"], roles.MixedNewsEvents);
        Assert.Equal(("BTC-USD", "QQQ", "ETH-USD", "WGMI"), (roles.Bitcoin, roles.Market, roles.Ether, roles.MinerFund));
    }

    [Fact]
    public void Read_ValidFile_KeepsFileOrder()
    {
        var roles = StudyRoleFile.Read(Write(Valid), Events, Symbols);

        Assert.Equal(["nebius_msft_gpu", "btc_halving_4"], roles.SeedEvents);
        Assert.Equal("WGMI", roles.MinerFund);
    }

    [Theory]
    [InlineData("seed_event,no_such_event,", 2, 2, "no_such_event", "the id of an event in events.csv")]
    [InlineData("benchmark,SPY,", 2, 1, "benchmark", "a role: one of seed_event, mixed_news_event, bitcoin, market, ether, miner_fund")]
    [InlineData("market,NOPE,", 2, 2, "NOPE", "a symbol with a price file in prices/")]
    public void Read_BadRow_NamesFileLineColumnValueAndWhatWasExpected(string row, int line, int column, string value, string expected)
    {
        var path = Write(["role,value,note", row, .. Valid[1..]]);

        var error = Assert.Throws<DataFormatException>(() => StudyRoleFile.Read(path, Events, Symbols));

        Assert.Equal((path, line, column, value, expected), (error.File, error.Line, error.Column, error.Value, error.Expected));
    }

    [Fact]
    public void Read_SymbolRoleTwice_PointsAtTheEarlierLine()
    {
        var error = Assert.Throws<DataFormatException>(() => StudyRoleFile.Read(Write([.. Valid, "market,SPY,"]), Events, Symbols));

        Assert.Equal((9, "a role given once (market is already on line 6)"), (error.Line, error.Expected));
    }

    [Fact]
    public void Read_SymbolRoleMissing_SaysWhichIsMissing()
    {
        var error = Assert.Throws<DataFormatException>(() => StudyRoleFile.Read(Write(Valid[..^1]), Events, Symbols));

        Assert.Equal("a row for each symbol role; missing: miner_fund", error.Expected);
    }
}
