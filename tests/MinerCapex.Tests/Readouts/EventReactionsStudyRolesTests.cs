using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.Panel;
using MinerCapex.Readouts;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Readouts;

/// <summary>The event study's seeds, mixed-news days and factor symbols come from <c>data/study.csv</c>, not from code.</summary>
public class EventReactionsStudyRolesTests
{
    private static readonly Lazy<EventReactions> Bundled = new(() => EventReactions.Run(MarketData.Load(Path.Combine(Fixture.RepoRoot, "data"))));

    [Fact]
    public void Seeds_AreTheRowsOfStudyCsv_SoAnotherFileStudiesOtherDays()
    {
        var folder = Fixture.CopyOfData();
        File.WriteAllLines(Path.Combine(folder, StudyRoleFile.FileName),
        [
            "role,value,note", "seed_event,iren_msft_9_7b,", "seed_event,btc_halving_4,", "mixed_news_event,cifr_fluidstack_google,",
            "bitcoin,BTC-USD,", "market,SPY,", "ether,ETH-USD,", "miner_fund,WGMI,",
        ]);

        var events = EventReactions.Run(MarketData.Load(folder));

        Assert.Equal(["iren_msft_9_7b", "btc_halving_4"], events.SeedIds);
        Assert.Equal([new DateOnly(2024, 4, 22), new DateOnly(2025, 11, 3)], events.SeedDays.Select(d => d.Day).Order());
        Assert.Equal("SPY", events.Options.MarketSymbol);
        var table = events.SeedEvents().Tables.Single();
        Assert.Equal(["btc_halving_4", "iren_msft_9_7b"], Enumerable.Range(0, table.RowCount).Select(r => ((MarketEvent)table.Value(r, 0)!).Id));
    }

    [Fact]
    public void Bundled_SeedsAreTheFiveOfStudyCsv_OnFourSessions()
    {
        var events = Bundled.Value;

        Assert.Equal(events.Data.Roles.SeedEvents, events.SeedIds);
        Assert.Equal(4, events.SeedDays.Count);
        Assert.Equal(("QQQ", "BTC-USD"), (events.Options.MarketSymbol, events.Options.BitcoinSymbol));
    }

    [Fact]
    public void MixedNewsDay_ComparesTheAnnouncersMoveFromTheClosesWithTheOtherMiners()
    {
        var events = Bundled.Value;
        var day = new DateOnly(2025, 9, 25);

        var readout = events.MixedNewsDays();

        var table = readout.Tables.Single();
        Assert.Equal("CIFR close-to-close move", table.Value(0, 0));
        Assert.Equal(events.Data.Prices.SessionMove("CIFR", day).Return, (double)table.Value(0, 1)!, 12);
        Assert.Equal((double)events.MarketModel.Get("CIFR", "cifr_fluidstack_google")!.AbnormalReturn(0)!, (double)table.Value(1, 1)!, 12);
        Assert.Equal((double)events.TwoFactor.Get("CIFR", "cifr_fluidstack_google")!.AbnormalReturn(0)!, (double)table.Value(2, 1)!, 12);
        var others = events.Miners.Where(m => m != "CIFR").Select(m => events.TwoFactor.Get(m, "cifr_fluidstack_google")?.AbnormalReturn(0)).OfType<double>().ToList();
        Assert.Equal(others.Average(), (double)table.Value(5, 1)!, 12);
        Assert.Contains($"mean day-0 AR of the other {others.Count} miners", (string)table.Value(5, 0)!, StringComparison.Ordinal);
        Assert.Contains("The event stays in the <code>miner_ai_deal</code> pool", readout.Text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TreasuryFits_NameTheFactorsOfStudyCsv_ForTheTreasuryCompanysReportedDay()
    {
        var table = Bundled.Value.TreasuryFitsTable().Tables.Single();

        Assert.Equal(["A: QQQ", "B: QQQ + BTC-USD", "B with ETH-USD"], Enumerable.Range(0, table.RowCount).Select(r => (string?)table.Value(r, 0)));
        Assert.Contains("BMNR", Bundled.Value.TreasuryDay().Text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_ReadBitcoinsMoveOnTheFirstAiSeedOfStudyCsv_FromTheCloses()
    {
        var events = Bundled.Value;
        var day = events.SeedDays.Single(d => d.Id == "nebius_msft_gpu");
        var move = events.Data.Prices.SessionMove("BTC-USD", day.Day).Return;

        var html = System.Net.WebUtility.HtmlDecode(events.Answers().Text.Html);

        Assert.True(move < 0, "bitcoin fell that session, so the sentence must not credit it with the miners' rise");
        Assert.Contains($"Around {day.Label} bitcoin moved {MinerCapex.Notebook.Numbers.SignedPercent(move)}, so the miners' rise was not bitcoin's.", html, StringComparison.Ordinal);
    }
}
