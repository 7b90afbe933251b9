using MinerCapex.Data;

namespace MinerCapex.Tests.Data;

/// <summary>The catalog readers on well-formed fixtures: any column order, quoted commas, empty numbers.</summary>
public class CatalogFileTests
{
    private static readonly IReadOnlyList<DateOnly> Sessions = PriceFile.Read(Fixture.Prices("SPY")).Bars.Select(b => b.Date).ToList();

    [Fact]
    public void Universe_ReadsReorderedColumnsAndQuotedNotes()
    {
        var u = UniverseFile.Read(Fixture.Path("universe_good.csv"));
        Assert.Equal(3, u.Count);
        Assert.Equal(new UniverseMember("CIFR", "Cipher Mining", AssetClass.Equity, SymbolGroup.Miner, MinerSubgroup.AiPivot,
            "Fluidstack/Google lease, AWS lease", ""), u[0]);
        Assert.Null(u[1].Subgroup);
        Assert.Equal((SymbolGroup.Treasury, "first day in the sources 2025-06-05"), (u[2].Group, u[2].ListingNote));
    }

    [Fact]
    public void Universe_DataFrameUsesFileTokens()
    {
        var df = UniverseFile.ReadDataFrame(Fixture.Path("universe_good.csv"));
        Assert.Equal(["symbol", "name", "asset_class", "group", "subgroup", "ai_pivot_since", "ai_pivot_event", "note", "listing_note"], df.Columns.Select(c => c.Name));
        Assert.Null(df["ai_pivot_since"][0]); // the fixture has no dating columns
        Assert.Equal("ai_pivot", df["subgroup"][0]);
        Assert.Null(df["subgroup"][1]);
        Assert.Equal("benchmark", df["group"][1]);
    }

    [Fact]
    public void Events_ReadsTimingEntitiesAndNullNumbers()
    {
        var e = EventFile.Read(Fixture.Path("events_good.csv"), Sessions);
        Assert.Equal(3, e.Count);
        var nebius = e[0];
        Assert.Equal((new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 9)), (nebius.Date, nebius.FirstSession));
        Assert.Equal((EventTiming.AfterClose, EventCategory.AiCapex), (nebius.Timing, nebius.Category));
        Assert.Equal(["NBIS", "MSFT"], nebius.Entities);
        Assert.Equal((17.4, (double?)null, (string?)null), (nebius.AmountUsdBn, nebius.CapacityGw, nebius.Cluster));
        Assert.Equal("Fourth halving, block reward to 3.125", e[1].Headline);
        Assert.Equal(["AMZN"], e[2].Entities);
        Assert.Equal((50.0, 1.3, "c_2025_11_24"), (e[2].AmountUsdBn!.Value, e[2].CapacityGw!.Value, e[2].Cluster));
    }

    [Fact]
    public void Events_FirstSessionOutsideTheCalendarSpanIsNotChecked()
    {
        var late = EventFile.Read(Fixture.Path("events_good.csv"), Sessions.Where(s => s < new DateOnly(2025, 1, 1)).ToList());
        Assert.Equal(3, late.Count);
    }

    [Fact]
    public void Events_DataFrameHasDatesAndNullAmounts()
    {
        var df = EventFile.ReadDataFrame(Fixture.Path("events_good.csv"), Sessions);
        Assert.Equal([.. EventFile.Columns, "defined_by", "found_by"], df.Columns.Select(c => c.Name));
        Assert.Equal("news", df["defined_by"][0]); // absent from the file: news
        Assert.Equal("research", df["found_by"][0]); // absent from the file: research
        Assert.Equal(new DateTime(2024, 4, 22), df["first_session"][1]);
        Assert.Null(df["amount_usd_bn"][1]);
        Assert.Equal("NBIS;MSFT", df["entities"][0]);
        Assert.Equal("after-close", df["timing"][0]);
    }

    [Fact]
    public void Universe_ReadsTheDatingColumns_WhenPresent()
    {
        var u = UniverseFile.Read(Fixture.Path("universe_dated.csv"));
        Assert.Equal((new DateOnly(2025, 9, 8), "cifr_deal"), (u[0].AiPivotSince!.Value, u[0].AiPivotEvent));
        Assert.Equal(((DateOnly?)null, (string?)null), (u[1].AiPivotSince, u[1].AiPivotEvent));
        Assert.Equal(["CIFR", "MARA", "SPY"], u.Select(m => m.Symbol));
        var df = u.ToDataFrame();
        Assert.Equal(new DateTime(2025, 9, 8), df["ai_pivot_since"][0]);
        Assert.Equal("cifr_deal", df["ai_pivot_event"][0]);
        Assert.Null(df["ai_pivot_event"][1]);
        // Without the columns every member is undated.
        Assert.All(UniverseFile.Read(Fixture.Path("universe_good.csv")), m => Assert.Null(m.AiPivotSince));
    }

    [Fact]
    public void Events_DefinedBy_IsNewsOrPrice_AndNewsWhenTheColumnIsAbsent()
    {
        var e = EventFile.Read(Fixture.Path("events_defined_by.csv"), Sessions);
        Assert.Equal([EventDefinition.News, EventDefinition.Price], e.Select(x => x.DefinedBy));
        Assert.Equal(["news", "price"], e.ToDataFrame()["defined_by"].Cast<string>());
        Assert.All(EventFile.Read(Fixture.Path("events_good.csv"), Sessions), x => Assert.Equal(EventDefinition.News, x.DefinedBy));
        Assert.Equal(["defined_by", "found_by"], EventFile.OptionalColumns);
        Assert.Equal("price", EventDefinition.Price.ToToken());
    }

    [Fact]
    public void Events_FoundBy_MarksTheMoveScreenedRowsOfTheCatalog()
    {
        var data = MinerCapex.Panel.MarketData.Load(System.IO.Path.Combine(Fixture.RepoRoot, "data"));
        Assert.Equal(["apld_nvda_160m", "apld_crwv_250mw", "crwv_corz_talks", "bmnr_eth_treasury"],
            data.Events.Where(e => e.FoundBy == EventDiscovery.MoveScreen).Select(e => e.Id));
        Assert.Equal("move_screen", EventDiscovery.MoveScreen.ToToken());
    }

    [Fact]
    public void Capex_ReadsCapexActual()
    {
        var figures = CapexFile.Read(Fixture.Path("capex_actual.csv"));
        var c = Assert.Single(figures);
        Assert.Equal((CapexKind.CapexActual, 131.0, "2025", false), (c.Kind, c.AmountUsdBn!.Value, c.Period, c.Verified));
        Assert.Equal("capex_actual", CapexKind.CapexActual.ToToken());
        Assert.Equal("capex_actual", figures.ToDataFrame()["kind"][0]);
    }

    [Fact]
    public void Capex_ReadsKindsAndVerifiedFlags()
    {
        var c = CapexFile.Read(Fixture.Path("capex_good.csv"));
        Assert.Equal(new CapexFigure("AMZN", CapexKind.CapexPlan, 125, null, new DateOnly(2025, 10, 30), "2025",
            "https://example.org/q3", "~$125B, guidance", true), c[0]);
        Assert.Equal((CapexKind.Capacity, (double?)null, 14.0, false), (c[1].Kind, c[1].AmountUsdBn, c[1].Gw!.Value, c[1].Verified));
        var df = c.ToDataFrame();
        Assert.Equal(false, df["verified"][1]);
        Assert.Equal("capex_plan", df["kind"][0]);
    }

    [Fact]
    public void TaxonomyTokens_RoundTrip()
    {
        foreach (var v in Enum.GetValues<EventTiming>())
        {
            Assert.True(TaxonomyTokens.TryParse<EventTiming>(v.ToToken().ToUpperInvariant(), out var back));
            Assert.Equal(v, back);
        }
        Assert.Equal("after-close", EventTiming.AfterClose.ToToken());
        Assert.False(TaxonomyTokens.TryParse<PriceField>("close", out _));
        Assert.Throws<ArgumentException>(() => PriceField.Close.ToToken());
    }
}
