using MinerCapex.Data;
using MinerCapex.Refresh;

namespace MinerCapex.Tests.Refresh;

public class YahooChartParserTests
{
    private static readonly DateOnly Jan26 = new(2026, 1, 26);

    [Fact]
    public void Parse_Cifr_DatesSessionsInNewYorkAndKeepsYahooValues()
    {
        var chart = YahooChartParser.Parse("CIFR", RefreshTestData.Fixture("yahoo-chart-CIFR-2026-01-26.json"));

        Assert.Equal("America/New_York", chart.ExchangeTimeZone);
        Assert.Equal(
            new[] { "2026-01-26", "2026-01-27", "2026-01-28", "2026-01-29", "2026-01-30", "2026-02-02", "2026-02-03" },
            chart.Bars.Select(b => b.Date.ToString("yyyy-MM-dd")));
        Assert.Equal(new PriceBar(new DateOnly(2026, 1, 27), 16.649999618530273, 18.850000381469727, 16.450000762939453, 18.75, 18.75, 39892400),
            chart.Bars[1]);
        Assert.Equal(33519100, chart.Bars[3].Volume);
        Assert.Empty(chart.Actions);
        Assert.Empty(chart.Notes);
    }

    [Fact]
    public void Parse_BtcUsd_KeepsWeekendsAndLeavesOutTheDayStillTrading()
    {
        var chart = YahooChartParser.Parse("BTC-USD", RefreshTestData.Fixture("yahoo-chart-BTC-USD-2026-01-26.json"));

        Assert.Equal(Enumerable.Range(0, 7).Select(d => Jan26.AddDays(d)), chart.Bars.Select(b => b.Date));
        Assert.Equal(DayOfWeek.Saturday, chart.Bars[5].Date.DayOfWeek);
        Assert.Equal(83542.8984375, chart.Bars[5].Close);
        Assert.Equal(41237765120, chart.Bars[5].Volume);
        var note = Assert.Single(chart.Notes);
        Assert.StartsWith("2026-02-02: the session was still trading", note);
    }

    [Fact]
    public void Parse_NullsInsideArrays_StayUnknownAndAllNullRowsAreLeftOut()
    {
        var json = Chart("America/New_York", -18000, [T(2026, 1, 26, 14, 30), T(2026, 1, 27, 14, 30), T(2026, 1, 28, 14, 30)],
            open: "[1.5,null,null]", high: "[2,null,null]", low: "[1,null,null]", close: "[1.75,null,3.25]",
            volume: "[100,null,null]", adjclose: "[1.7,null,null]");

        var chart = YahooChartParser.Parse("TEST", json);

        Assert.Equal(2, chart.Bars.Count);
        Assert.Equal(new PriceBar(new DateOnly(2026, 1, 28), null, null, null, 3.25, null, null), chart.Bars[1]);
        Assert.Equal("2026-01-27: every value is null; left out", Assert.Single(chart.Notes));
    }

    [Fact]
    public void Parse_ExchangeEastOfUtc_DatesTheSessionInItsOwnZone()
    {
        // ASX opens at 10:00 Sydney time (UTC+11 in January), 23:00 UTC on the previous day.
        var json = Chart("Australia/Sydney", 39600, [T(2026, 1, 26, 23, 0)], "[4.1]", "[4.2]", "[4.0]", "[4.15]", "[1000]", "[4.15]");

        Assert.Equal(new DateOnly(2026, 1, 27), YahooChartParser.Parse("TEST", json).Bars[0].Date);
    }

    [Fact]
    public void Parse_UnknownZoneName_FallsBackToGmtOffset()
    {
        var json = Chart("Nowhere/Unknown", 39600, [T(2026, 1, 26, 23, 0)], "[4.1]", "[4.2]", "[4.0]", "[4.15]", "[1000]", "[4.15]");

        var chart = YahooChartParser.Parse("TEST", json);

        Assert.Equal(new DateOnly(2026, 1, 27), chart.Bars[0].Date);
        Assert.Equal("UTC+11:00", chart.ExchangeTimeZone);
    }

    [Fact]
    public void Parse_DuplicateSession_KeepsTheLaterRow()
    {
        var json = Chart("America/New_York", -18000, [T(2026, 1, 26, 14, 30), T(2026, 1, 26, 20, 59)],
            "[1,1]", "[2,2]", "[1,1]", "[1.5,1.6]", "[10,12]", "[1.5,1.6]");

        var bar = Assert.Single(YahooChartParser.Parse("TEST", json).Bars);
        Assert.Equal(1.6, bar.Close);
    }

    [Fact]
    public void Parse_SplitsAndDividends_AreDatedAndValued()
    {
        var t = T(2026, 1, 28, 14, 30);
        var events = """{"dividends":{"T":{"amount":0.25,"date":T}},"splits":{"T":{"date":T,"numerator":1.0,"denominator":10.0,"splitRatio":"1:10"}}}"""
            .Replace("T", t.ToString());
        var json = Chart("America/New_York", -18000, [t], "[1]", "[1]", "[1]", "[1]", "[1]", "[1]", events);

        var actions = YahooChartParser.Parse("TEST", json).Actions;

        Assert.Equal(new[] { "dividend 0.25 on 2026-01-28", "split 1:10 on 2026-01-28" }, actions.Select(a => a.ToString()));
        Assert.Equal(0.1, actions[1].Value);
    }

    [Fact]
    public void Parse_NoTimestamps_GivesNoBars()
    {
        var json = """{"chart":{"result":[{"meta":{"symbol":"TEST","exchangeTimezoneName":"America/New_York","gmtoffset":-18000,"dataGranularity":"1d"},"indicators":{"quote":[{}],"adjclose":[{}]}}],"error":null}}""";

        Assert.Empty(YahooChartParser.Parse("TEST", json).Bars);
    }

    [Theory]
    [InlineData("", "the response body is empty")]
    [InlineData("   \n", "the response body is empty")]
    [InlineData("<!DOCTYPE html><html><head><title>Yahoo</title></head><body>Will be right back</body></html>", "an HTML page, not JSON ('<!DOCTYPE html><html><head><title>Yahoo</title>")]
    [InlineData("""{"chart":{"result":[{"meta":{"symbol":"TEST"},"timestamp":[17693""", "not valid JSON")]
    [InlineData("""{"finance":{"result":null}}""", "not a Yahoo chart response")]
    [InlineData("""{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}""", "Yahoo reports Not Found: No data found, symbol may be delisted")]
    [InlineData("""{"chart":{"result":[],"error":null}}""", "has no result")]
    [InlineData("""{"chart":{"result":[{"meta":{"symbol":"MARA"}}],"error":null}}""", "is for 'MARA', not 'TEST'")]
    [InlineData("""{"chart":{"result":[{"meta":{"symbol":"TEST","dataGranularity":"1wk"}}],"error":null}}""", "'1wk' bars")]
    [InlineData("""{"chart":{"result":[{"meta":{"symbol":"TEST"},"timestamp":[1769437800,1769524200],"indicators":{"quote":[{"close":[1.0]}]}}],"error":null}}""", "the 'close' array has 1 values for 2 timestamps")]
    [InlineData("""{"chart":{"result":[{"meta":{"symbol":"TEST"},"timestamp":[1769437800],"indicators":{"quote":[{"close":["1.0"]}]}}],"error":null}}""", "'close'[0] is \"1.0\", not a number or null")]
    public void Parse_BadPayloads_NameTheSymbolAndTheCause(string body, string cause)
    {
        var e = Assert.Throws<PriceDownloadException>(() => YahooChartParser.Parse("TEST", body));

        Assert.StartsWith("TEST: ", e.Message);
        Assert.Contains(cause, e.Message);
    }

    private static long T(int y, int m, int d, int hh, int mm) =>
        new DateTimeOffset(y, m, d, hh, mm, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static string Chart(string zone, int offset, long[] timestamps, string open, string high, string low, string close,
        string volume, string adjclose, string? events = null) =>
        """
        {"chart":{"result":[{"meta":{"currency":"USD","symbol":"TEST","exchangeTimezoneName":"ZONE","gmtoffset":OFFSET,"dataGranularity":"1d"},
        "timestamp":[STAMPS],EVENTS
        "indicators":{"quote":[{"open":OPEN,"high":HIGH,"low":LOW,"close":CLOSE,"volume":VOLUME}],"adjclose":[{"adjclose":ADJ}]}}],"error":null}}
        """
        .Replace("ZONE", zone).Replace("OFFSET", offset.ToString()).Replace("STAMPS", string.Join(',', timestamps))
        .Replace("EVENTS", events is null ? "" : $"\"events\":{events},")
        .Replace("OPEN", open).Replace("HIGH", high).Replace("LOW", low).Replace("CLOSE", close)
        .Replace("VOLUME", volume).Replace("ADJ", adjclose);
}
