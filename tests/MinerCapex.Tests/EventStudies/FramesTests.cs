using Microsoft.Data.Analysis;
using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

/// <summary>The tidy DataFrames hold the typed results, one row per observation, nulls where missing.</summary>
public class FramesTests
{
    private readonly SyntheticMarket _m = new(400, seed: 9);
    private readonly EventStudyResult _result;

    public FramesTests()
    {
        var qqq = _m.Noise(0.012);
        var btc = _m.Noise(0.03);
        var late = _m.Noise(0.04);
        Array.Fill(late, double.NaN, 0, 250);
        _m.Add("QQQ", qqq).Add("BTC-USD", btc).Add("AAA", _m.Noise(0.04)).Add("BBB", _m.Noise(0.05)).Add("LATE", late);
        _result = EventStudy.Run(_m.Panel(),
            [_m.EventAt("mid", 300), _m.EventAt("end", _m.Length - 2)],
            StudyGroups.Of("g", ["AAA", "BBB", "LATE"]));
    }

    private static string[] Names(DataFrame f) => f.Columns.Select(c => c.Name).ToArray();

    [Fact]
    public void CarsFrame_HasOneRowPerStockEventWindow_WithNullsForMissingCars()
    {
        var f = _result.CarsFrame;
        Assert.Equal(["event_id", "symbol", "window", "window_start", "window_end", "length", "status", "missing_days", "car", "se", "t", "p"], Names(f));
        Assert.Equal(5 * 4, f.Rows.Count); // (AAA, BBB) × 2 events + LATE × "end" (listed in time for it), × 4 windows
        var row = f.Rows.Single(r => (string)r["event_id"] == "mid" && (string)r["symbol"] == "BBB" && (string)r["window"] == "[-1,+1]");
        var typed = _result.Get("BBB", "mid")!.Car(new EventWindow(-1, 1));
        Assert.Equal(typed.Car, (double?)row["car"]);
        Assert.Equal(typed.P, (double?)row["p"]);
        Assert.Equal("complete", row["status"]);
        var beyond = f.Rows.Single(r => (string)r["event_id"] == "end" && (string)r["symbol"] == "AAA" && (string)r["window"] == "[0,+5]");
        Assert.Equal("beyond_data_end", beyond["status"]);
        Assert.Null(beyond["car"]);
        Assert.Equal(4, beyond["missing_days"]);
    }

    [Fact]
    public void AbnormalReturnsFrame_SpansTheWindows_WithReturnEqualExpectedPlusAr()
    {
        var f = _result.AbnormalReturnsFrame;
        Assert.Equal(["event_id", "symbol", "offset", "session", "return", "expected", "ar"], Names(f));
        Assert.Equal(5 * 7, f.Rows.Count); // offsets -1..+5
        var mid = f.Rows.Where(r => (string)r["event_id"] == "mid").ToArray();
        foreach (var r in mid)
        {
            Assert.Equal((double)r["return"], (double)r["expected"] + (double)r["ar"], 1e-15);
            var offset = (int)r["offset"];
            Assert.Equal(_m.Sessions[300 + offset].ToDateTime(TimeOnly.MinValue), (DateTime)r["session"]);
        }
        var past = f.Rows.First(r => (string)r["event_id"] == "end" && (int)r["offset"] == 5);
        Assert.Null(past["session"]);
        Assert.Null(past["ar"]);
    }

    [Fact]
    public void FitsSkippedGroupsAndEventsFrames_MatchTheRecords()
    {
        Assert.Equal(["event_id", "symbol", "model", "n", "df", "alpha", "beta_market", "beta_btc", "beta_ai", "s_e", "r_squared", "estimation_start", "estimation_end"],
            Names(_result.FitsFrame));
        Assert.Equal(5, _result.FitsFrame.Rows.Count);
        Assert.Equal("two_factor", _result.FitsFrame.Rows[0]["model"]);
        Assert.Equal(_result.Stocks[0].Fit.BitcoinBeta, (double?)_result.FitsFrame.Rows[0]["beta_btc"]);

        var skipped = _result.SkippedFrame;
        Assert.Equal(["event_id", "symbol", "reason", "observations", "detail"], Names(skipped));
        Assert.Equal(1, skipped.Rows.Count);
        Assert.Equal("mid", skipped.Rows[0]["event_id"]);
        Assert.Equal("listed_after_estimation_start", skipped.Rows[0]["reason"]);

        var groups = _result.GroupsFrame;
        Assert.Equal(["group", "event_id", "window", "n", "mean_car", "sd_car", "t_cs", "p_cs", "t_bmp", "p_bmp", "positive", "negative", "positive_share", "p_sign"],
            Names(groups));
        Assert.Equal(2 * 4, groups.Rows.Count);
        Assert.Equal(_result.GroupTest("g", "mid", EventWindow.DayZero).BmpT, (double?)groups.Rows[0]["t_bmp"]);

        Assert.Equal(["pool", "group", "window", "events"], Names(_result.PooledFrame).Take(4));
        Assert.Equal(["group", "event_id", "offset", "n", "aar", "caar"], Names(_result.AverageAbnormalReturnsFrame));
        Assert.Equal(2 * 7, _result.AverageAbnormalReturnsFrame.Rows.Count); // 1 group × 2 events × offsets -1..+5
        var end = _result.AverageAbnormalReturns.Where(a => a.EventId == "end").ToArray();
        Assert.Equal(3, end.Single(a => a.Offset == 0).N); // AAA, BBB and LATE
        Assert.Null(end.Single(a => a.Offset == 3).Mean); // past the last session
        Assert.Null(end.Single(a => a.Offset == 5).Cumulative);
        Assert.Equal(["event_id", "date", "first_session", "category", "cluster", "clustered", "cluster_id", "clustered_with", "excluded_sessions"],
            Names(_result.EventsFrame));
        Assert.Equal("ai_capex", _result.EventsFrame.Rows[0]["category"]);
    }
}
