using MinerCapex.Quality;

namespace MinerCapex.Tests.Quality;

public class BundledQualityTests(BundledReport bundled) : IClassFixture<BundledReport>
{
    private readonly QualityReport _report = bundled.Report;

    private QualityFinding Single(QualityIssue kind, string symbol, DateOnly? date = null) =>
        Assert.Single(_report.Findings, f => f.Kind == kind && f.Symbol == symbol && (date is null || f.Date == date));

    [Fact]
    public void ClskPlaceholder_On_2024_11_08_IsFound_AtItsLine()
    {
        var f = Single(QualityIssue.PlaceholderBar, "CLSK");
        Assert.Equal(new DateOnly(2024, 11, 8), f.Date);
        Assert.Equal(468, f.Line);
        Assert.EndsWith(Path.Combine("prices", "CLSK.csv"), f.File);
        Assert.Equal(13.569999694824219, f.Value);
    }

    [Fact]
    public void PlaceholderBars_AreClskOnce_AndTheBtdrSpacDays()
    {
        var bySymbol = _report.Of(QualityIssue.PlaceholderBar).GroupBy(f => f.Symbol).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["BTDR"] = 28, ["CLSK"] = 1 }, bySymbol);
        Assert.All(_report.Of(QualityIssue.PlaceholderBar).Where(f => f.Symbol == "BTDR"),
            f => Assert.True(f.Date < new DateOnly(2023, 4, 13), $"BTDR placeholder after the SPAC merger: {f}"));
    }

    [Fact]
    public void BmnrAdjClose_IsReportedNullThroughout()
    {
        var f = Single(QualityIssue.NullColumn, "BMNR");
        Assert.Equal("Adj Close", f.Column);
        Assert.Equal(0, f.Line);
        Assert.Equal(337, f.Value); // 2025-06-05 .. 2026-10-07: the second source's adjusted series was not taken either
    }

    [Fact]
    public void WgmiOhlcv_IsReportedNullUpToTheSplice_ButNotAdjClose()
    {
        Assert.DoesNotContain(_report.For("WGMI"), f => f.Kind == QualityIssue.NullColumn);
        var runs = _report.For("WGMI").Where(f => f.Kind == QualityIssue.NullValues).ToList();
        Assert.Equal(["Close", "High", "Low", "Open", "Volume"], runs.Select(f => f.Column!).Order().ToArray());
        Assert.All(runs, f =>
        {
            Assert.Equal(new DateOnly(2023, 1, 3), f.Date);
            Assert.Equal(772, f.Value); // every session to 2026-01-30
        });
    }

    [Fact]
    public void EthUsd_PartialNulls_AreOneRunPerColumn_From_2025_12_01()
    {
        var runs = _report.For("ETH-USD").Where(f => f.Kind == QualityIssue.NullValues).ToList();
        Assert.Equal(["High", "Low", "Open", "Volume"], runs.Select(f => f.Column!).Order().ToArray());
        Assert.All(runs, f =>
        {
            Assert.Equal(new DateOnly(2025, 12, 1), f.Date);
            Assert.Equal(61, f.Value);
        });
    }

    [Theory]
    [InlineData("CORZ", "2024-01-24", 265)]
    [InlineData("NBIS", "2024-10-21", 452)]
    [InlineData("CRWV", "2025-03-28", 560)]
    [InlineData("BMNR", "2025-06-05", 607)]
    public void LateStarts_AreReported_WithTheFirstDate_AndTheSessionsBefore(string symbol, string first, int sessionsBefore)
    {
        var f = Single(QualityIssue.LateStart, symbol);
        Assert.Equal(DateOnly.Parse(first), f.Date);
        Assert.Equal(2, f.Line);
        Assert.Equal(sessionsBefore, f.Value);
        Assert.Contains("Listing note:", f.Detail); // the universe's listing note travels with the finding
    }

    [Fact]
    public void OnlyTheFourListings_StartLate_AndOnlyEthUsdEndsEarly_ByOneDay()
    {
        Assert.Equal(["BMNR", "CORZ", "CRWV", "NBIS"], _report.Of(QualityIssue.LateStart).Select(f => f.Symbol).Order().ToArray());
        var end = Assert.Single(_report.Of(QualityIssue.EarlyEnd));
        Assert.Equal("ETH-USD", end.Symbol);
        Assert.Equal(new DateOnly(2026, 10, 6), end.Date); // its 2026-10-07 row looked partial in every copy
        Assert.Equal(1, end.Value);
    }

    [Fact]
    public void BmnrTreasuryDay_IsALargeMove_MatchedWithItsEvent()
    {
        var f = Single(QualityIssue.LargeMove, "BMNR", new DateOnly(2025, 6, 30));
        Assert.Equal(33.900001525878906 / 4.264999866485596 - 1, f.Value!.Value, 12);
        Assert.Equal("Close", f.Column); // BMNR has no Adj Close
        Assert.Equal(["bmnr_eth_treasury"], f.EventIds);
    }

    [Fact]
    public void WulfFluidstackDay_IsALargeMove_MatchedWithTheGoogleBackstopDeal()
    {
        var f = Single(QualityIssue.LargeMove, "WULF", new DateOnly(2025, 8, 14));
        Assert.InRange(f.Value!.Value, 0.594, 0.596);
        Assert.Contains("wulf_fluidstack_google", f.EventIds);
        Assert.Contains("wulf_fluidstack_google (", f.Detail);
    }

    [Theory]
    [InlineData("NBIS", "2025-09-09", "nebius_msft_gpu")]
    [InlineData("ORCL", "2025-09-10", "orcl_rpo_openai")]
    [InlineData("APLD", "2024-09-05", "apld_nvda_160m")]
    [InlineData("CORZ", "2024-06-04", "corz_crwv_200mw")]
    [InlineData("NBIS", "2025-01-27", "deepseek_selloff")]
    [InlineData("CORZ", "2025-01-27", "deepseek_selloff")] // through the 'miners' entity word
    [InlineData("RIOT", "2024-11-06", "us_election_2024")]
    public void KnownNewsMoves_AreMatchedWithTheirEvents(string symbol, string date, string eventId)
    {
        var f = Single(QualityIssue.LargeMove, symbol, DateOnly.Parse(date));
        Assert.Contains(eventId, f.EventIds);
    }

    [Fact]
    public void CrwvSecondSession_IsALargeMove_WithNoCatalogEvent()
    {
        var f = Single(QualityIssue.LargeMove, "CRWV", new DateOnly(2025, 4, 1));
        Assert.Empty(f.EventIds);
        Assert.Contains("no catalog event", f.Detail);
    }

    [Fact]
    public void BundledFiles_HaveNoStructuralDefects()
    {
        QualityIssue[] defects =
        [
            QualityIssue.Unreadable, QualityIssue.DuplicateDate, QualityIssue.UnsortedDate, QualityIssue.NonPositivePrice,
            QualityIssue.NegativeVolume, QualityIssue.HighBelowLow, QualityIssue.HighBelowOpenOrClose, QualityIssue.LowAboveOpenOrClose,
            QualityIssue.MissingSession, QualityIssue.OffCalendarDate, QualityIssue.OutsideCalendar, QualityIssue.UniverseMismatch,
        ];
        Assert.DoesNotContain(_report.Findings, f => defects.Contains(f.Kind));
        Assert.Equal(32, _report.Files.Count); // 28 price files, universe, events, capex, tickers
        var data = Path.Combine(MinerCapex.Tests.Data.Fixture.RepoRoot, "data");
        Assert.All(_report.Files, f => Assert.StartsWith(data, f)); // found without being told where
    }

    [Fact]
    public void DataFrame_HasOneRowPerFinding_AndTheClskRow()
    {
        var df = _report.ToDataFrame();
        Assert.Equal(_report.Count, df.Rows.Count);
        Assert.Equal(["file", "line", "symbol", "date", "kind", "column", "value", "events", "detail"], df.Columns.Select(c => c.Name).ToArray());
        var row = Enumerable.Range(0, (int)df.Rows.Count).Single(i => (string)df["kind"][i] == "PlaceholderBar" && (string)df["symbol"][i] == "CLSK");
        Assert.Equal(new DateTime(2024, 11, 8), df["date"][row]);
        Assert.Equal(468, df["line"][row]);
        var move = Enumerable.Range(0, (int)df.Rows.Count).Single(i => (string)df["kind"][i] == "LargeMove" && (string)df["symbol"][i] == "BMNR" && (DateTime?)df["date"][i] == new DateTime(2025, 6, 30));
        Assert.Equal("bmnr_eth_treasury", df["events"][move]);
    }

    [Fact]
    public void Summary_CountsEveryKindThatOccurs()
    {
        var text = _report.ToString();
        Assert.StartsWith($"Data quality: {_report.Count} findings in 32 files (", text);
        Assert.Contains("29 PlaceholderBar", text);
        Assert.Contains("4 LateStart", text);
    }

    [Theory]
    [InlineData("BTC-USD", "2026-01-31", 1126, 250)]
    [InlineData("ETH-USD", "2026-01-31", 1126, 249)]
    public void CryptoRoundedAfterTheSplice_IsAPrecisionDrop_FromItsFirstDay(string symbol, string first, int line, int bars)
    {
        var f = Single(QualityIssue.PrecisionDrop, symbol);
        Assert.Equal(DateOnly.Parse(first), f.Date);
        Assert.Equal(line, f.Line);
        Assert.Equal(bars, f.Value); // to the last row
        Assert.Contains("at most 6 significant digits", f.Detail);
    }

    [Fact]
    public void PrecisionDrops_AreTheTwoCryptoFilesOnly()
    {
        // The equities' prices after the splice have 3 decimals, but so had their float prices before it (16.65 stored as
        // 16.649999618530273), so their precision did not drop.
        Assert.Equal(["BTC-USD", "ETH-USD"], _report.Of(QualityIssue.PrecisionDrop).Select(f => f.Symbol).Order().ToArray());
    }

    [Fact]
    public void ColumnsChanges_AreEthUsdLosingAndRegainingItsBars_AndWgmiGainingOhlcv()
    {
        var changes = _report.Of(QualityIssue.ColumnsChange).Select(f => $"{f.Symbol} {f.Date:yyyy-MM-dd} line {f.Line}: {f.Column} ({f.Value} bars)").ToArray();
        Assert.Equal(
        [
            "ETH-USD 2025-12-01 line 1065: Open;High;Low;Volume (61 bars)",
            "ETH-USD 2026-01-31 line 1126: Open;High;Low;Volume (249 bars)",
            "WGMI 2026-02-02 line 774: Open;High;Low;Close;Volume (172 bars)",
        ], changes);
        var wgmi = Single(QualityIssue.ColumnsChange, "WGMI");
        Assert.StartsWith("From 2026-02-02 on, Open, High, Low, Close and Volume have values: the 172 bars from here have Open, High, Low, Close, Adj Close and Volume; the 772 bars before", wgmi.Detail);
    }

    [Fact]
    public void BitfRename_IsReportedFromTheAliasFile_WithTheDateAndSource()
    {
        var f = Single(QualityIssue.ProviderAlias, "BITF");
        Assert.EndsWith("tickers.csv", f.File);
        Assert.Equal(2, f.Line);
        Assert.Equal(new DateOnly(2026, 4, 6), f.Date);
        Assert.StartsWith("BITF is served by the provider as KEEL since 2026-04-06 (Keel Infrastructure, announced 2026-02-06; source https://orbyd.app/dossiers/KEEL/)", f.Detail);
        Assert.Contains("the series continues in prices/BITF.csv", f.Detail);
    }
}
