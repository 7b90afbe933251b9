using MinerCapex.Data;
using MinerCapex.Quality;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Quality;

public class SyntheticQualityTests
{
    private static readonly DateOnly[] Sessions =
    [
        new(2025, 1, 2), new(2025, 1, 3), new(2025, 1, 6), new(2025, 1, 7), new(2025, 1, 8),
        new(2025, 1, 10), new(2025, 1, 13), new(2025, 1, 14),
    ];

    private static readonly UniverseMember Test = new("TEST", "Test Co", AssetClass.Equity, SymbolGroup.Miner, MinerSubgroup.BtcCentric, "", "");

    private static PriceHistory Write(string name, params string[] lines)
    {
        var path = Path.Combine(Fixture.TempFolder(), name + ".csv");
        File.WriteAllLines(path, ["Date,Open,High,Low,Close,Adj Close,Volume", .. lines]);
        return PriceFile.Read(path, DateOrder.AsInFile);
    }

    private static QualityContext Context(IReadOnlyList<MarketEvent>? events = null, double threshold = 0.25) =>
        new(Sessions, events ?? [], [Test], new QualityOptions { LargeMoveThreshold = threshold });

    [Fact]
    public void DefectiveFile_GivesEachDefect_AtItsLine()
    {
        var history = Write("TEST",
            "2025-01-02,10,11,9,10,10,100",          // line 2
            "2025-01-03,10,11,9,10.5,10.5,100",      // line 3
            "2025-01-03,10,11,9,10.5,10.5,100",      // line 4: duplicate date
            "2025-01-08,10,12,9,11,11,100",          // line 5 (2025-01-06 is missing)
            "2025-01-07,10,9,11,10,10,100",          // line 6: before the line above, and High < Low
            "2025-01-10,10,12,9,11,-11,100",         // line 7: negative Adj Close
            "2025-01-13,11,11,11,11,11,0",           // line 8: placeholder of line 7's close
            "2025-01-14,11,11.2,10,11.5,11.5,50");   // line 9: High below Close

        var found = DataQuality.Check(history, Context()).Select(f => (f.Line, f.Kind, f.Date, f.Column)).ToList();

        Assert.Equal(
        [
            (4, QualityIssue.DuplicateDate, new DateOnly(2025, 1, 3), "Date"),
            (6, QualityIssue.UnsortedDate, new DateOnly(2025, 1, 7), "Date"),
            (6, QualityIssue.HighBelowLow, new DateOnly(2025, 1, 7), "High"),
            (6, QualityIssue.MissingSession, new DateOnly(2025, 1, 6), "Date"),
            (7, QualityIssue.NonPositivePrice, new DateOnly(2025, 1, 10), "Adj Close"),
            (8, QualityIssue.PlaceholderBar, new DateOnly(2025, 1, 13), null),
            (9, QualityIssue.HighBelowOpenOrClose, new DateOnly(2025, 1, 14), "High"),
        ], found);
    }

    [Fact]
    public void Findings_CarryFileValueAndAReadableDetail()
    {
        var history = Write("TEST", "2025-01-02,10,11,9,10,10,100", "2025-01-03,0,11,9,10,10,-5");
        var found = DataQuality.Check(history, Context());

        var price = Assert.Single(found, f => f.Kind == QualityIssue.NonPositivePrice);
        Assert.Equal(history.SourcePath, price.File);
        Assert.Equal("Open", price.Column);
        Assert.Equal(0, price.Value);
        Assert.Equal("Open is 0; prices must be positive.", price.Detail);
        Assert.StartsWith($"{history.SourcePath}:3: NonPositivePrice TEST 2025-01-03:", price.ToString());

        var volume = Assert.Single(found, f => f.Kind == QualityIssue.NegativeVolume);
        Assert.Equal(-5, volume.Value);
        // Low 9 is above Open 0, which is a range finding of its own.
        Assert.Single(found, f => f.Kind == QualityIssue.LowAboveOpenOrClose && f.Line == 3);
    }

    [Fact]
    public void MissingSessions_AreGroupedIntoRuns_AndWeekendBarsAreOffCalendar()
    {
        var history = Write("TEST",
            "2025-01-02,10,11,9,10,10,100",
            "2025-01-04,10,11,9,10,10,100",   // a Saturday
            "2025-01-10,10,11,9,10,10,100");  // 01-03, 01-06, 01-07, 01-08 missing
        var found = CalendarChecks.Coverage(history, Context());

        var run = Assert.Single(found, f => f.Kind == QualityIssue.MissingSession);
        Assert.Equal(new DateOnly(2025, 1, 3), run.Date);
        Assert.Equal(4, run.Value);
        Assert.Equal(4, run.Line); // where the file resumes
        var weekend = Assert.Single(found, f => f.Kind == QualityIssue.OffCalendarDate);
        Assert.Equal(3, weekend.Line);
        Assert.Contains("Saturday", weekend.Detail);
        var end = Assert.Single(found, f => f.Kind == QualityIssue.EarlyEnd);
        Assert.Equal(2, end.Value); // 01-13 and 01-14
    }

    [Fact]
    public void Crypto_IsCheckedAgainstCalendarDays()
    {
        var coin = new UniverseMember("COIN-USD", "Coin", AssetClass.Crypto, SymbolGroup.Crypto, null, "", "");
        var context = new QualityContext(Sessions, [], [coin]);
        var path = Path.Combine(Fixture.TempFolder(), "COIN-USD.csv");
        File.WriteAllLines(path, ["Date,Open,High,Low,Close,Adj Close,Volume",
            .. Enumerable.Range(0, 13).Where(d => d != 5).Select(d => $"{new DateOnly(2025, 1, 2).AddDays(d):yyyy-MM-dd},1,1,1,1,1,1")]);
        var found = CalendarChecks.Coverage(PriceFile.Read(path, DateOrder.AsInFile), context);

        var gap = Assert.Single(found);
        Assert.Equal(QualityIssue.MissingSession, gap.Kind);
        Assert.Equal(new DateOnly(2025, 1, 7), gap.Date); // a Tuesday: only a gap for a coin that trades daily
        Assert.Equal(1, gap.Value);
    }

    [Fact]
    public void LargeMoves_UseTheThreshold_SkipPlaceholders_AndListMatchingEvents()
    {
        var history = Write("TEST",
            "2025-01-02,10,10,10,10,10,100",
            "2025-01-03,13,13,13,13,13,100",     // +30%
            "2025-01-06,13,13,13,13,13,0",       // placeholder: skipped
            "2025-01-07,9,9,9,9,9,100");         // -30.8% from the 01-03 close
        MarketEvent Event(string id, DateOnly date, DateOnly first, params string[] entities) =>
            new(id, date, first, EventTiming.AfterClose, EventCategory.Btc, entities, null, null, "h " + id, "", "high", null);
        MarketEvent[] events =
        [
            Event("named", new(2025, 1, 2), new(2025, 1, 3), "TEST"),
            Event("sector", new(2025, 1, 3), new(2025, 1, 6), "miners"),
            Event("elsewhere", new(2025, 1, 3), new(2025, 1, 3), "AMZN"),
            Event("market", new(2025, 1, 7), new(2025, 1, 7), "all"),
        ];

        var moves = LargeMoves.Find(history, Context(events));
        Assert.Equal(2, moves.Count);
        Assert.Equal(0.3, moves[0].Value!.Value, 12);
        Assert.Equal(["named", "sector"], moves[0].EventIds); // by first session, and by date through 'miners'
        Assert.Equal(9.0 / 13 - 1, moves[1].Value!.Value, 12);
        Assert.Equal(5, moves[1].Line);
        Assert.Contains("from 13 on 2025-01-03", moves[1].Detail);
        Assert.Equal(["market"], moves[1].EventIds);

        Assert.Empty(LargeMoves.Find(history, Context(events, threshold: 0.35)));
    }

    [Fact]
    public void Context_RejectsANonPositiveThreshold_AndAnEmptyCalendar()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Context(threshold: 0));
        Assert.Throws<ArgumentException>(() => new QualityContext([], [], []));
    }
}
