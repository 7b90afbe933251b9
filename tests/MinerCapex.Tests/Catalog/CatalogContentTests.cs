using MinerCapex.Data;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Catalog;

/// <summary>The content of the bundled catalog files, read with the library's readers: the figures the study cites must be there and right.</summary>
public class CatalogContentTests
{
    private static readonly string DataDir = Path.Combine(Fixture.RepoRoot, "data");
    private static readonly Lazy<IReadOnlyList<DateOnly>> SessionList = new(() => PriceFile.Read(Fixture.Prices("SPY")).Bars.Select(b => b.Date).ToList());
    private static readonly Lazy<IReadOnlyList<MarketEvent>> EventList = new(() => EventFile.Read(Path.Combine(DataDir, "events.csv"), SessionList.Value));

    private static IReadOnlyList<DateOnly> Sessions => SessionList.Value;
    private static IReadOnlyList<MarketEvent> Events => EventList.Value;
    private static IReadOnlyList<UniverseMember> Universe() => UniverseFile.Read(Path.Combine(DataDir, "universe.csv"));
    private static IReadOnlyList<CapexFigure> Capex() => CapexFile.Read(Path.Combine(DataDir, "capex.csv"));

    [Fact]
    public void Universe_Has28Symbols_OnePerPriceFile_With12MinersSplitSevenAndFiveAtTheEnd()
    {
        var universe = Universe();
        Assert.Equal(28, universe.Count);
        var files = Directory.GetFiles(Path.Combine(DataDir, "prices"), "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, universe.Select(m => m.Symbol).Order(StringComparer.Ordinal));

        var miners = universe.Where(m => m.Group == SymbolGroup.Miner).ToList();
        Assert.Equal(["APLD", "BITF", "BTDR", "CIFR", "CLSK", "CORZ", "HIVE", "HUT", "IREN", "MARA", "RIOT", "WULF"], miners.Select(m => m.Symbol).Order().ToArray());
        // RIOT joined with its first signed AI/HPC lease (AMD, 2026-01-16).
        Assert.Equal(["APLD", "CIFR", "CORZ", "HUT", "IREN", "RIOT", "WULF"],
            miners.Where(m => m.Subgroup == MinerSubgroup.AiPivot).Select(m => m.Symbol).Order().ToArray());
        Assert.All(universe, m => Assert.False(string.IsNullOrWhiteSpace(m.Note), $"{m.Symbol} has no note"));
        Assert.Equal(["AMZN", "GOOGL", "META", "MSFT", "NVDA", "ORCL"],
            universe.Where(m => m.Group == SymbolGroup.Hyperscaler).Select(m => m.Symbol).Order().ToArray());
        Assert.Equal(AssetClass.Crypto, universe.Single(m => m.Symbol == "BTC-USD").AssetClass);
        Assert.StartsWith("Keel Infrastructure", universe.Single(m => m.Symbol == "BITF").Name);
    }

    [Fact]
    public void Universe_DatesEachAiPivotMiner_ByTheCatalogRowOfItsFirstSignedContract()
    {
        var dated = Universe().Where(m => m.AiPivotSince is not null).OrderBy(m => m.AiPivotSince).Select(m => $"{m.Symbol} {m.AiPivotSince:yyyy-MM-dd} {m.AiPivotEvent}").ToArray();
        Assert.Equal([
            "CORZ 2024-06-03 corz_crwv_200mw", "APLD 2025-06-02 apld_crwv_250mw", "WULF 2025-08-14 wulf_fluidstack_google",
            "CIFR 2025-09-25 cifr_fluidstack_google", "IREN 2025-11-03 iren_msft_9_7b", "HUT 2025-12-17 hut_riverbend_anthropic",
            "RIOT 2026-01-16 riot_amd_rockdale"], dated);
        Assert.All(Universe().Where(m => m.AiPivotSince is not null), m =>
        {
            var e = Assert.Single(Events, x => x.Id == m.AiPivotEvent);
            Assert.Equal((EventCategory.MinerAiDeal, m.AiPivotSince!.Value), (e.Category, e.Date));
            Assert.Contains(m.Symbol, e.Entities);
        });
        Assert.All(Universe().Where(m => m.AiPivotSince is null), m => Assert.NotEqual(MinerSubgroup.AiPivot, m.Subgroup));
    }

    [Theory]
    [InlineData("CORZ", "2024-01-24")]
    [InlineData("NBIS", "2024-10-21")]
    [InlineData("CRWV", "2025-03-28")]
    [InlineData("BMNR", "2025-06-05")]
    public void LateListings_NameTheirFirstDate_WhichIsTheFilesFirstBar(string symbol, string first)
    {
        Assert.Contains(first, Universe().Single(m => m.Symbol == symbol).ListingNote);
        Assert.Equal(DateOnly.Parse(first), PriceFile.Read(Fixture.Prices(symbol)).Bars[0].Date);
    }

    [Theory]
    [InlineData("nebius_msft_gpu", "2025-09-08", "2025-09-09", "after-close", 17.4, null)]
    [InlineData("iren_msft_9_7b", "2025-11-03", "2025-11-03", "pre-market", 9.7, 0.2)]
    [InlineData("meta_bond_30b", "2025-10-30", "2025-10-30", "intraday", 30.0, null)]
    [InlineData("amzn_bond_15b", "2025-11-17", "2025-11-17", "intraday", 15.0, null)]
    [InlineData("amzn_gov_ai_50b", "2025-11-24", "2025-11-24", "unknown", 50.0, 1.3)]
    [InlineData("amzn_indiana_15b", "2025-11-24", "2025-11-24", "unknown", 15.0, 2.4)]
    [InlineData("btc_halving_4", "2024-04-19", "2024-04-22", "after-close", null, null)]
    [InlineData("cifr_fluidstack_google", "2025-09-25", "2025-09-25", "unknown", 3.0, 0.168)]
    public void SeedEvents_ArePresent_WithTheirSessionAndFigures(string id, string date, string first, string timing, double? amount, double? gw)
    {
        var e = Assert.Single(Events, x => x.Id == id);
        Assert.Equal(DateOnly.Parse(date), e.Date);
        Assert.Equal(DateOnly.Parse(first), e.FirstSession);
        Assert.Equal(timing, e.Timing.ToToken());
        Assert.Equal(amount, e.AmountUsdBn);
        Assert.Equal(gw, e.CapacityGw);
        Assert.StartsWith("http", e.SourceUrl);
    }

    [Fact]
    public void SeedClusters_GroupTheSameSessionNews()
    {
        Assert.Equal(["amzn_gov_ai_50b", "amzn_indiana_15b"], Events.Where(e => e.Cluster == "cl_2025-11-24").Select(e => e.Id).Order().ToArray());
        Assert.Equal(["amzn_openai_38b", "cifr_aws_lease", "iren_msft_9_7b"], Events.Where(e => e.Cluster == "cl_2025-11-03").Select(e => e.Id).Order().ToArray());
        Assert.Null(Events.Single(e => e.Id == "nebius_msft_gpu").Cluster);
    }

    [Fact]
    public void EveryFirstSession_IsASession_ThatTheTimingImplies()
    {
        var sessions = Sessions.ToHashSet();
        DateOnly Next(DateOnly d, bool strictly) => Sessions.First(s => strictly ? s > d : s >= d);
        Assert.All(Events, e =>
        {
            Assert.Contains(e.FirstSession, sessions);
            var expected = e.Timing switch
            {
                EventTiming.PreMarket or EventTiming.Intraday => sessions.Contains(e.Date) ? e.Date : (DateOnly?)null,
                EventTiming.AfterClose => sessions.Contains(e.Date) ? Next(e.Date, true) : null,
                EventTiming.Weekend => sessions.Contains(e.Date) ? null : Next(e.Date, false),
                _ => Next(e.Date, false),
            };
            Assert.True(expected == e.FirstSession, $"{e.Id}: {e.Timing} on {e.Date:yyyy-MM-dd} should be priced {expected:yyyy-MM-dd}, not {e.FirstSession:yyyy-MM-dd}");
        });
    }

    [Fact]
    public void Clusters_AreExactlyTheSharedFirstSessions()
    {
        foreach (var g in Events.GroupBy(e => e.FirstSession))
        {
            var want = g.Count() > 1 ? $"cl_{g.Key:yyyy-MM-dd}" : null;
            Assert.All(g, e => Assert.True(e.Cluster == want, $"{e.Id}: cluster '{e.Cluster}', expected '{want}'"));
        }
    }

    [Fact]
    public void Events_AreCompleteAndDistinct()
    {
        Assert.Equal(97, Events.Count); // 58 to 2025-12-17, then the 39 reviewed rows of 2026 (to first session 2026-06-17)
        Assert.Equal(new DateOnly(2026, 6, 17), Events.Max(e => e.FirstSession));
        Assert.Equal(Events.Count, Events.Select(e => e.Headline).Distinct().Count());
        Assert.All(Events, e =>
        {
            Assert.NotEmpty(e.Entities);
            Assert.True(Uri.IsWellFormedUriString(e.SourceUrl, UriKind.Absolute), $"{e.Id}: bad url {e.SourceUrl}");
        });
        Assert.Contains("BTC-USD", Events.Single(e => e.Id == "btc_halving_4").Entities);
        Assert.Contains("miners", Events.Single(e => e.Id == "btc_halving_4").Entities);
    }

    [Fact]
    public void Events_PriceDefinedRows_AreTheBitcoinRecordsAndCrashes()
    {
        Assert.Equal(["btc_100k", "btc_ath_126k", "btc_ath_inauguration", "btc_below_80k", "btc_below_90k", "btc_crash_60k", "crypto_liquidation_oct10"],
            Events.Where(e => e.DefinedBy == EventDefinition.Price).Select(e => e.Id).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(90, Events.Count(e => e.DefinedBy == EventDefinition.News));
        Assert.All(Events.Where(e => e.DefinedBy == EventDefinition.Price), e => Assert.Equal(EventCategory.Btc, e.Category));
    }

    [Fact]
    public void Capex_HasTheAggregateAndItsComponents_WithTheUnverifiedOnesMarked()
    {
        var capex = Capex();
        var total = Assert.Single(capex, c => c.Kind == CapexKind.CapexPlan && c.AmountUsdBn == 400);
        Assert.False(total.Verified);
        Assert.Equal("2025", total.Period);
        var totals2026 = capex.Where(c => c.Kind == CapexKind.CapexPlan && c.Entity == "AMZN;MSFT;GOOGL;META" && c.Period == "2026").OrderBy(c => c.Date)
            .Select(c => (c.AmountUsdBn!.Value, c.Verified)).ToArray();
        Assert.Equal([(505.0, false), (650.0, false), (725.0, true)], totals2026);
        var miners = Assert.Single(capex, c => c.Entity == "US miners");
        Assert.Equal((CapexKind.Capacity, 14.0, false), (miners.Kind, miners.Gw!.Value, miners.Verified));

        double Latest(string entity) => capex.Where(c => c.Entity == entity && c.Kind == CapexKind.CapexPlan && c.Period == "2025")
            .OrderByDescending(c => c.Date).First().AmountUsdBn!.Value;
        Assert.Equal(125, Latest("AMZN"));
        Assert.Equal(92, Latest("GOOGL"));
        Assert.Equal(71, Latest("META"));
        Assert.Equal(80, capex.Single(c => c.Entity == "MSFT" && c.Period.StartsWith("FY2025", StringComparison.Ordinal)).AmountUsdBn);
        var msft2026 = capex.Single(c => c.Entity == "MSFT" && c.Period.StartsWith("CY2026", StringComparison.Ordinal));
        Assert.Equal((190.0, false), (msft2026.AmountUsdBn!.Value, msft2026.Verified)); // disputed calendar/fiscal year
    }

    [Fact]
    public void Capex_2025Actuals_AreTheirOwnKind_AboveTheGuides()
    {
        var capex = Capex();
        var actuals = capex.Where(c => c.Kind == CapexKind.CapexActual).OrderBy(c => c.Entity, StringComparer.Ordinal)
            .Select(c => (c.Entity, c.AmountUsdBn!.Value, c.Period)).ToArray();
        Assert.Equal([("AMZN", 131.0, "2025"), ("GOOGL", 91.4, "2025"), ("META", 72.2, "2025")], actuals);
        // Amazon's and Meta's actuals came in above their latest 2025 guides.
        double Guide(string entity) => capex.Where(c => c.Entity == entity && c.Kind == CapexKind.CapexPlan && c.Period == "2025").MaxBy(c => c.Date)!.AmountUsdBn!.Value;
        Assert.True(actuals[0].Item2 > Guide("AMZN"));
        Assert.True(actuals[2].Item2 > Guide("META"));
    }

    [Theory]
    [InlineData("NBIS;MSFT", "contract", 17.4, null)]
    [InlineData("IREN;MSFT", "contract", 9.7, 0.2)]
    [InlineData("CIFR;AMZN", "lease", 5.5, 0.3)]
    [InlineData("META", "bond", 30.0, null)]
    [InlineData("AMZN", "bond", 15.0, null)]
    public void Capex_HasTheDealsAndBonds(string entity, string kind, double amount, double? gw)
    {
        Assert.True(TaxonomyTokens.TryParse<CapexKind>(kind, out var k));
        var row = Assert.Single(Capex(), c => c.Entity == entity && c.Kind == k);
        Assert.Equal((amount, gw), (row.AmountUsdBn!.Value, row.Gw));
        Assert.True(row.Verified);
    }

    [Fact]
    public void Capex_AmazonNovember24Plans_CarryTheirGigawatts()
    {
        var plans = Capex().Where(c => c.Entity == "AMZN" && c.Date == new DateOnly(2025, 11, 24)).Select(c => (c.AmountUsdBn, c.Gw)).Order().ToArray();
        Assert.Equal([(15.0, 2.4), (50.0, 1.3)], plans.Select(p => (p.AmountUsdBn!.Value, p.Gw!.Value)).ToArray());
    }
}
