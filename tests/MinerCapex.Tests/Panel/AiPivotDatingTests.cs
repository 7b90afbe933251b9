using MinerCapex.Data;
using MinerCapex.Panel;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Panel;

/// <summary>
/// The dated sub-group membership: <see cref="MarketData.AiPivotFrom"/> and <see cref="MarketData.IsAiPivot"/> on the
/// bundled data, and the load-time check that a universe row's <c>ai_pivot_event</c> names a catalog row that says
/// what the row claims.
/// </summary>
public sealed class AiPivotDatingTests : IDisposable
{
    private static readonly Lazy<MarketData> Bundled = new(() => MarketData.Load());
    private readonly List<string> _folders = [];

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("CORZ", 2024, 6, 3, false)] // contract announced after the close of 2024-06-03
    [InlineData("CORZ", 2024, 6, 4, true)]  // priced on 2024-06-04
    [InlineData("CORZ", 2023, 1, 3, false)]
    [InlineData("RIOT", 2026, 1, 15, false)]
    [InlineData("RIOT", 2026, 1, 16, true)]
    [InlineData("RIOT", 2025, 12, 31, false)] // ai_pivot at the end of the data, but not in 2025
    [InlineData("CIFR", 2025, 9, 24, false)]
    [InlineData("CIFR", 2025, 9, 25, true)]
    [InlineData("MARA", 2026, 10, 7, false)]
    [InlineData("MARA", 2024, 6, 4, false)]
    [InlineData("NVDA", 2026, 10, 7, false)] // not a miner
    public void IsAiPivot_OnTheBundledData(string symbol, int y, int m, int d, bool expected) =>
        Assert.Equal(expected, Bundled.Value.IsAiPivot(symbol, D(y, m, d)));

    [Fact]
    public void AiPivotFrom_IsTheFirstSessionOfTheContractsAnnouncement()
    {
        var data = Bundled.Value;
        Assert.Equal(D(2024, 6, 4), data.AiPivotFrom("CORZ")); // ai_pivot_since 2024-06-03, after the close
        Assert.Equal(D(2024, 6, 3), data.Member("CORZ").AiPivotSince);
        Assert.Equal(D(2026, 1, 16), data.AiPivotFrom("RIOT"));
        Assert.Equal(D(2025, 6, 2), data.AiPivotFrom("apld")); // symbols are case-insensitive
        Assert.Null(data.AiPivotFrom("MARA"));
        Assert.Null(data.AiPivotFrom("SPY"));
        Assert.Throws<KeyNotFoundException>(() => data.AiPivotFrom("XYZ"));
        Assert.Throws<KeyNotFoundException>(() => data.IsAiPivot("XYZ", D(2025, 1, 2)));
        // Never ai_pivot on any session: the five btc_centric miners.
        Assert.Equal(["BITF", "BTDR", "CLSK", "HIVE", "MARA"],
            data.SymbolsIn(SymbolGroup.Miner).Where(s => !data.IsAiPivot(s, data.Sessions[^1])).Order().ToArray());
        // At the end of 2024 only CORZ was.
        Assert.Equal(["CORZ"], data.SymbolsIn(SymbolGroup.Miner).Where(s => data.IsAiPivot(s, D(2024, 12, 31))).ToArray());
    }

    [Fact]
    public void Fixture_AfterCloseContract_CountsFromTheNextSession()
    {
        var data = MarketData.Load(Folder(GoodEvent));
        Assert.Equal(D(2025, 9, 8), data.Member("CIFR").AiPivotSince);
        Assert.Equal(D(2025, 9, 9), data.AiPivotFrom("CIFR"));
        Assert.False(data.IsAiPivot("CIFR", D(2025, 9, 8)));
        Assert.True(data.IsAiPivot("CIFR", D(2025, 9, 9)));
        Assert.False(data.IsAiPivot("MARA", D(2025, 9, 9)));
        Assert.False(data.IsAiPivot("SPY", D(2025, 9, 9)));
    }

    [Fact]
    public void Fixture_WithoutACatalog_DatesFromAiPivotSince()
    {
        var data = MarketData.Load(Folder(events: null));
        Assert.Equal(D(2025, 9, 8), data.AiPivotFrom("CIFR"));
        Assert.True(data.IsAiPivot("CIFR", D(2025, 9, 8)));
        Assert.False(data.IsAiPivot("CIFR", D(2025, 9, 5)));
    }

    [Fact]
    public void Fixture_WithoutDatingColumns_FallsBackToTheEndOfDataSubgroup()
    {
        var folder = Folder(events: null, universe: File.ReadAllText(Fixture.Path("universe_good.csv")), symbols: ["CIFR", "SPY", "BMNR"]);
        var data = MarketData.Load(folder);
        Assert.Null(data.AiPivotFrom("CIFR"));
        Assert.True(data.IsAiPivot("CIFR", D(2023, 1, 3))); // undated: ai_pivot on every date
        Assert.False(data.IsAiPivot("BMNR", D(2025, 9, 9)));
    }

    private const string Header = "id,date,first_session,timing,category,entities,amount_usd_bn,capacity_gw,headline,source_url,confidence,cluster";
    private const string GoodEvent = "cifr_deal,2025-09-08,2025-09-09,after-close,miner_ai_deal,CIFR;Fluidstack,3,,Cipher signs a lease,https://example.org/a,high,";

    public static TheoryData<string, string> BadEvents => new()
    {
        { "other_deal,2025-09-08,2025-09-09,after-close,miner_ai_deal,CIFR,3,,Cipher signs a lease,https://example.org/a,high,", "the id of a row of events.csv" },
        { "cifr_deal,2025-09-08,2025-09-09,after-close,btc,CIFR,,,Bitcoin news,https://example.org/a,high,", "a miner_ai_deal row of events.csv; 'cifr_deal' is btc" },
        { "cifr_deal,2025-09-08,2025-09-09,after-close,miner_ai_deal,IREN;MSFT,9.7,,IREN signs,https://example.org/a,high,", "a row whose entities name CIFR; 'cifr_deal' names IREN;MSFT" },
        { "cifr_deal,2025-09-05,2025-09-08,after-close,miner_ai_deal,CIFR,3,,Cipher signs a lease,https://example.org/a,high,", "a row dated 2025-09-08 as ai_pivot_since says; 'cifr_deal' is dated 2025-09-05" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public void Load_AiPivotEventThatDoesNotSayWhatTheUniverseClaims_PointsAtTheUniverseLine(string eventRow, string expected)
    {
        var folder = Folder(eventRow);
        var universe = Path.Combine(folder, "universe.csv");
        var e = Assert.Throws<DataFormatException>(() => MarketData.Load(folder));
        Assert.Equal((universe, 2, "cifr_deal"), (e.File, e.Line, e.Value));
        Assert.Contains(expected, e.Expected, StringComparison.Ordinal);
        Assert.StartsWith($"{universe}:2: found 'cifr_deal'", e.Message, StringComparison.Ordinal);
    }

    private string Folder(string? events, string? universe = null, string[]? symbols = null)
    {
        var data = Fixture.TempFolder();
        _folders.Add(data);
        Directory.CreateDirectory(Path.Combine(data, "prices"));
        foreach (var s in symbols ?? ["CIFR", "MARA", "SPY"]) File.Copy(Fixture.Prices(s), Path.Combine(data, "prices", s + ".csv"));
        File.WriteAllText(Path.Combine(data, "universe.csv"), universe ?? File.ReadAllText(Fixture.Path("universe_dated.csv")));
        if (events is not null) File.WriteAllText(Path.Combine(data, "events.csv"), Header + "\n" + events + "\n");
        return data;
    }

    public void Dispose()
    {
        foreach (var f in _folders) Directory.Delete(f, recursive: true);
    }
}
