using MinerCapex.Quality;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Quality;

/// <summary>The one-call run over a data folder with broken and unlisted files: nothing is dropped, nothing stops the run.</summary>
public class QualityRunTests
{
    private static string DataFolder()
    {
        var root = Fixture.TempFolder();
        var prices = Directory.CreateDirectory(Path.Combine(root, "prices")).FullName;
        string[] header = ["Date,Open,High,Low,Close,Adj Close,Volume"];
        File.WriteAllLines(Path.Combine(prices, "SPY.csv"), [.. header, "2025-01-02,1,2,1,2,2,10", "2025-01-03,2,2,1,1,1,10", "2025-01-06,1,1,1,1,1,10"]);
        File.WriteAllLines(Path.Combine(prices, "BAD.csv"), [.. header, "2025-01-02,1,2,1,2,2,10", "2025-01-03,1,two,1,2,2,10"]);
        File.WriteAllLines(Path.Combine(prices, "XYZ.csv"), [.. header, "2025-01-03,1,2,1,2,2,10", "2025-01-06,1,2,1,2,2,10"]);
        File.WriteAllLines(Path.Combine(root, "universe.csv"),
        [
            "symbol,name,asset_class,group,subgroup,note,listing_note",
            "SPY,S&P 500 ETF,etf,benchmark,,calendar,",
            "BAD,Broken Co,equity,miner,btc_centric,has a typo,",
            "ZZZ,No File Inc,equity,hyperscaler,,no prices,",
        ]);
        File.WriteAllLines(Path.Combine(root, "events.csv"),
        [
            "id,date,first_session,timing,category,entities,amount_usd_bn,capacity_gw,headline,source_url,confidence,cluster",
            "e1,2025-01-02,2025-01-03,after-close,macro,all,,,Something,https://example.org,high,",
        ]);
        File.WriteAllLines(Path.Combine(root, "capex.csv"),
        [
            "entity,kind,amount_usd_bn,gw,order_book_usd_bn,date,period,source_url,note,verified",
            "ZZZ,capex_plan,1,,,2025-01-02,2025,https://example.org,,true",
        ]);
        return root;
    }

    [Fact]
    public void UnreadableAndUnlistedFiles_AreFindings_AndTheRestIsStillChecked()
    {
        var root = DataFolder();
        var report = DataQuality.Run(root);

        var bad = Assert.Single(report.Of(QualityIssue.Unreadable));
        Assert.Equal("BAD", bad.Symbol);
        Assert.Equal(3, bad.Line);
        Assert.Contains("'two'", bad.Detail);

        Assert.Equal(["BAD", "XYZ", "ZZZ"], report.Of(QualityIssue.UniverseMismatch).Select(f => f.Symbol).Order().ToArray());
        var late = Assert.Single(report.Of(QualityIssue.LateStart));
        Assert.Equal("XYZ", late.Symbol);

        // SPY falls 50% into the e1 window: the market-wide event is attached.
        var move = Assert.Single(report.Of(QualityIssue.LargeMove));
        Assert.Equal(("SPY", new DateOnly(2025, 1, 3)), (move.Symbol, move.Date!.Value));
        Assert.Equal(["e1"], move.EventIds);

        Assert.Equal(6, report.Files.Count);
        Assert.Equal(report.Findings.OrderBy(f => report.Files.ToList().IndexOf(f.File)).ThenBy(f => f.Line).ThenBy(f => f.Kind), report.Findings);
    }

    [Fact]
    public void BrokenOrMissingCatalogFiles_AreFindings_NotAnAbort()
    {
        var root = DataFolder();
        File.WriteAllText(Path.Combine(root, "events.csv"), "");
        File.Delete(Path.Combine(root, "capex.csv"));
        var report = DataQuality.Run(root);

        var unreadable = report.Of(QualityIssue.Unreadable);
        Assert.Equal(["BAD.csv", "capex.csv", "events.csv"], unreadable.Select(f => Path.GetFileName(f.File)).Order(StringComparer.Ordinal).ToArray());
        Assert.All(unreadable, f => Assert.False(string.IsNullOrEmpty(f.Detail)));
        Assert.Empty(Assert.Single(report.Of(QualityIssue.LargeMove)).EventIds); // no catalog, no matches: the move is still listed
    }

    [Fact]
    public void MissingCalendarFile_StopsWithAClearError()
    {
        var root = DataFolder();
        File.Delete(Path.Combine(root, "prices", "SPY.csv"));
        var ex = Assert.Throws<FileNotFoundException>(() => DataQuality.Run(root));
        Assert.Contains("SPY.csv", ex.Message);
        File.WriteAllLines(Path.Combine(root, "prices", "SPY.csv"), ["Date,Open,High,Low,Close,Adj Close,Volume", "2025-01-02,1,2,1,x,2,10"]);
        var bad = Assert.Throws<MinerCapex.Data.DataFormatException>(() => DataQuality.Run(root));
        Assert.Equal((2, "x"), (bad.Line, bad.Value));
        Assert.Throws<DirectoryNotFoundException>(() => DataQuality.Run(Fixture.TempFolder()));
    }
}
