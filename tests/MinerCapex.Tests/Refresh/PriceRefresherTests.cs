using System.Web;
using MinerCapex.Refresh;

namespace MinerCapex.Tests.Refresh;

/// <summary>The refresher end to end: the real HttpClient, Polly and file code against a local server replaying Yahoo.</summary>
public sealed class PriceRefresherTests : IDisposable
{
    private static readonly string CifrJson = RefreshTestData.Fixture("yahoo-chart-CIFR-2026-01-26.json");
    private static readonly string BtcJson = RefreshTestData.Fixture("yahoo-chart-BTC-USD-2026-01-26.json");
    private static readonly string KeelJson = RefreshTestData.Fixture("yahoo-chart-KEEL-2026-01-26.json");

    /// <summary>The aliases of the bundled data/tickers.csv: BITF is served as KEEL.</summary>
    private static readonly ProviderSymbols Bundled = ProviderSymbols.Load(Path.Combine(RefreshTestData.RepositoryRoot, "data"));
    private readonly HttpClient _client = RefreshTestData.DirectClient();

    public void Dispose() => _client.Dispose();

    private PriceRefresher Refresher(LocalHttpServer server, TempPrices prices, HttpRetryOptions? retry = null, ProviderSymbols? aliases = null) =>
        new(new YahooChartProvider(_client, server.BaseUri, retry ?? RefreshTestData.FastRetry, FixedClock.AfterFixtures),
            prices.Folder, providerSymbols: aliases);

    [Fact]
    public async Task Refresh_Cifr_AppendsNewSessionsReplacesTheRevisionAndKeepsOtherLinesByteIdentical()
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        var original = File.ReadAllText(prices.PathOf("CIFR"));
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync("CIFR");

        Assert.Equal(RefreshOutcome.Updated, result.Outcome);
        Assert.Null(result.Error);
        Assert.Equal(new DateOnly(2026, 1, 23), result.From);   // last date 2026-01-30 minus the 7-day look-back
        Assert.Equal(new[] { new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 3) }, result.Merge!.Added);
        Assert.Equal("2026-01-29 Volume 33488400 -> 33519100", Assert.Single(result.Merge.Revisions).ToString());
        Assert.Equal(4, result.Unchanged);
        Assert.Equal(1, result.Download!.Attempts);

        var expected = original
            .Replace("2026-01-29,18.899999618530273,18.90999984741211,16.71500015258789,17.700000762939453,17.700000762939453,33488400\n",
                     "2026-01-29,18.899999618530273,18.90999984741211,16.71500015258789,17.700000762939453,17.700000762939453,33519100\n")
            + "2026-02-02,15.800000190734863,16.940000534057617,15.40999984741211,16.030000686645508,16.030000686645508,30411700\n"
            + "2026-02-03,16.209999084472656,16.579999923706055,15.119999885559082,15.329999923706055,15.329999923706055,25873900\n";
        Assert.Equal(expected, File.ReadAllText(prices.PathOf("CIFR")));
        var bars = RefreshTestData.Read(prices.PathOf("CIFR")).Bars;
        Assert.Equal(774, bars.Count);
        Assert.Equal(9.22, bars.Single(b => b.Date == new DateOnly(2025, 9, 9)).Close!.Value, 6);
        Assert.Equal(new[] { "CIFR.csv" }, prices.Files);
    }

    [Fact]
    public async Task Refresh_Cifr_AsksYahooForTheLookBackWindowUpToNow()
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        await Refresher(server, prices).RefreshAsync("CIFR");

        var target = Assert.Single(server.Targets);
        Assert.StartsWith("/v8/finance/chart/CIFR?", target);
        var query = HttpUtility.ParseQueryString(target[(target.IndexOf('?') + 1)..]);
        // period1: a day before 2026-01-23 at 00:00 UTC; period2: the clock's now.
        Assert.Equal(new DateTimeOffset(2026, 1, 22, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(), query["period1"]);
        Assert.Equal(FixedClock.AfterFixtures.GetUtcNow().ToUnixTimeSeconds().ToString(), query["period2"]);
        Assert.Equal("1d", query["interval"]);
        Assert.Equal("div,splits", query["events"]);
        Assert.Equal("true", query["includeAdjustedClose"]);
    }

    [Fact]
    public async Task Refresh_BtcUsd_AddsWeekendDaysKeepsRoundedFileValuesAndSkipsTheOpenDay()
    {
        using var prices = RefreshTestData.CopyOf("BTC-USD");
        var original = File.ReadAllText(prices.PathOf("BTC-USD"));
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(BtcJson));

        var result = await Refresher(server, prices).RefreshAsync("btc-usd", new DateOnly(2026, 1, 26));

        Assert.Equal("BTC-USD", result.Symbol);
        Assert.Equal(RefreshOutcome.Updated, result.Outcome);
        Assert.Equal(new[] { new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 1) }, result.Merge!.Added);
        Assert.Empty(result.Merge.Revisions);
        Assert.Equal(5, result.Unchanged);
        Assert.StartsWith("2026-02-02: the session was still trading", Assert.Single(result.Download!.Notes));
        Assert.Equal(original
            + "2026-01-31,84127.3984375,84990.203125,82203.1015625,83542.8984375,83542.8984375,41237765120\n"
            + "2026-02-01,83540.296875,85017.796875,83011.6015625,84790.5,84790.5,30514458112\n",
            File.ReadAllText(prices.PathOf("BTC-USD")));
    }

    [Fact]
    public async Task Refresh_SamePayloadTwice_SecondRunIsUpToDateAndDoesNotTouchTheFile()
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));
        var refresher = Refresher(server, prices);
        await refresher.RefreshAsync("CIFR");
        var hash = RefreshTestData.Sha256(prices.PathOf("CIFR"));
        var written = File.GetLastWriteTimeUtc(prices.PathOf("CIFR"));

        var again = await refresher.RefreshAsync("CIFR");

        Assert.Equal(RefreshOutcome.UpToDate, again.Outcome);
        Assert.Equal(0, again.Added + again.Revised);
        Assert.Equal(new DateOnly(2026, 1, 27), again.From);   // the new last date, 2026-02-03, minus 7 days
        Assert.Equal(6, again.Unchanged);
        Assert.Equal(hash, RefreshTestData.Sha256(prices.PathOf("CIFR")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(prices.PathOf("CIFR")));
    }

    public static TheoryData<string, ReplayResponse, int, string> Failures => new()
    {
        { "404 with Yahoo's error body", ReplayResponse.WithStatus(404, "Not Found", RefreshTestData.Fixture("yahoo-chart-404.json"), "application/json;charset=utf-8"),
            1, "CIFR: HTTP 404 Not Found (Not Found: No data found, symbol may be delisted)" },
        { "429 on every attempt", ReplayResponse.WithStatus(429, "Too Many Requests", "Too Many Requests\r\n"),
            4, "CIFR: HTTP 429 Too Many Requests after 4 attempts" },
        { "500 on every attempt", ReplayResponse.WithStatus(500, "Internal Server Error", "<html><body>Internal error</body></html>", "text/html"),
            4, "CIFR: HTTP 500 Internal Server Error after 4 attempts" },
        { "503 asking to wait an hour", ReplayResponse.WithStatus(503, "Service Unavailable") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" } },
            1, "CIFR: HTTP 503 Service Unavailable; the server asks to wait 3600 s" },
        { "HTML error page with status 200", new ReplayResponse(200, "OK", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Yahoo</title></head><body><p>Oops, something went wrong.</p></body></html>", "text/html;charset=utf-8"),
            1, "CIFR: the response is an HTML page, not JSON ('<!DOCTYPE html> <html lang=\"en\"><head><title>Yahoo</title>" },
        { "empty body with status 200", ReplayResponse.Json(""),
            1, "CIFR: the response body is empty" },
        { "JSON cut short, complete HTTP message", ReplayResponse.Json(CifrJson[..(CifrJson.Length / 2)]),
            1, "CIFR: the response is not valid JSON, truncated or malformed at byte" },
        { "connection closed mid-body on every attempt", ReplayResponse.Json(CifrJson[..700]) with { DeclaredLength = CifrJson.Length },
            4, "CIFR: network error after 4 attempts: " },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Refresh_Failure_LeavesTheFileByteIdenticalAndNamesSymbolAndCause(string what, ReplayResponse response, int attempts, string message)
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        var before = RefreshTestData.Sha256(prices.PathOf("CIFR"));
        await using var server = LocalHttpServer.Always(response);

        var result = await Refresher(server, prices).RefreshAsync("CIFR");

        Assert.True(result.Outcome == RefreshOutcome.DownloadFailed, what);
        Assert.StartsWith(message, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(attempts, server.RequestCount);
        Assert.Equal(before, RefreshTestData.Sha256(prices.PathOf("CIFR")));
        Assert.Equal(new[] { "CIFR.csv" }, prices.Files);
    }

    [Fact]
    public async Task Refresh_ServerNeverAnswers_TimesOutEachAttemptAndLeavesTheFile()
    {
        using var prices = RefreshTestData.CopyOf("BTC-USD");
        var before = RefreshTestData.Sha256(prices.PathOf("BTC-USD"));
        await using var server = LocalHttpServer.Always(new ReplayResponse(200, "OK", "") { Hang = true });
        var retry = RefreshTestData.FastRetry with { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromMilliseconds(300) };

        var result = await Refresher(server, prices, retry).RefreshAsync("BTC-USD");

        Assert.Equal(RefreshOutcome.DownloadFailed, result.Outcome);
        Assert.Equal("BTC-USD: no response within 0.3 s (timeout) after 2 attempts", result.Error);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(before, RefreshTestData.Sha256(prices.PathOf("BTC-USD")));
    }

    public static TheoryData<string, ReplayResponse, int> Transients => new()
    {
        { "429 Too Many Requests", ReplayResponse.WithStatus(429, "Too Many Requests", "Too Many Requests\r\n"), 1 },
        { "500 then 502", ReplayResponse.WithStatus(500, "Internal Server Error"), 2 },
        { "connection closed mid-body", ReplayResponse.Json(CifrJson[..700]) with { DeclaredLength = CifrJson.Length }, 1 },
        { "no answer within the attempt timeout", new ReplayResponse(200, "OK", "") { Hang = true }, 1 },
    };

    [Theory]
    [MemberData(nameof(Transients))]
    public async Task Refresh_TransientFailuresThenSuccess_RetriesAndMerges(string what, ReplayResponse failure, int failures)
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        await using var server = LocalHttpServer.Start(n => n <= failures ? failure : ReplayResponse.Json(CifrJson));
        var retry = RefreshTestData.FastRetry with { AttemptTimeout = TimeSpan.FromMilliseconds(500) };

        var result = await Refresher(server, prices, retry).RefreshAsync("CIFR");

        Assert.True(result.Outcome == RefreshOutcome.Updated, $"{what}: {result.Error}");
        Assert.Equal(failures + 1, result.Download!.Attempts);
        Assert.Equal(failures + 1, server.RequestCount);
        Assert.Equal(2, result.Added);
        Assert.Equal(774, RefreshTestData.Read(prices.PathOf("CIFR")).Bars.Count);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Tue, 03 Feb 2026 21:30:01 GMT")]   // one second after the fixed clock's now
    public async Task Refresh_RetryAfter_IsWaitedOutBeforeTheNextAttempt(string retryAfter)
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        var tooMany = ReplayResponse.WithStatus(429, "Too Many Requests") with { Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfter } };
        await using var server = LocalHttpServer.Start(n => n == 1 ? tooMany : ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync("CIFR");

        Assert.Equal(RefreshOutcome.Updated, result.Outcome);
        // The backoff alone would be ~5 ms; the server asked for 1 s.
        var gap = server.Arrivals[1] - server.Arrivals[0];
        Assert.True(gap >= TimeSpan.FromMilliseconds(950), $"retried after {gap.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Refresh_SeveralSymbols_OneFailureDoesNotStopTheOthers()
    {
        using var prices = RefreshTestData.CopyOf("CIFR", "BTC-USD");
        var btcBefore = RefreshTestData.Sha256(prices.PathOf("BTC-USD"));
        await using var server = LocalHttpServer.Start((_, target) => target.Contains("/BTC-USD?")
            ? ReplayResponse.WithStatus(429, "Too Many Requests")
            : ReplayResponse.Json(CifrJson));

        var summary = await Refresher(server, prices).RefreshAsync(["BTC-USD", "CIFR", "cifr"]);

        Assert.Equal(new[] { "BTC-USD", "CIFR" }, summary.Symbols.Select(s => s.Symbol));
        Assert.Equal("BTC-USD: HTTP 429 Too Many Requests after 4 attempts", summary.Symbols[0].Error);
        Assert.Equal(RefreshOutcome.Updated, summary.Symbols[1].Outcome);
        Assert.False(summary.Succeeded);
        Assert.False(summary.HasInputErrors);
        Assert.Equal(btcBefore, RefreshTestData.Sha256(prices.PathOf("BTC-USD")));
    }

    [Fact]
    public async Task Refresh_SplitInTheRange_WarnsThatOlderBarsAreStale()
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        var t = new DateTimeOffset(2026, 2, 2, 14, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var withSplit = CifrJson.Replace("\"indicators\":",
            $"\"events\":{{\"splits\":{{\"{t}\":{{\"date\":{t},\"numerator\":2.0,\"denominator\":1.0,\"splitRatio\":\"2:1\"}}}}}},\"indicators\":");
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(withSplit));

        var result = await Refresher(server, prices).RefreshAsync("CIFR");

        Assert.Equal(RefreshOutcome.Updated, result.Outcome);
        Assert.Equal("split 2:1 on 2026-02-02: Open, High, Low, Close, Adj Close and Volume before 2026-01-23 do not reflect it; refresh with --from 2023-01-03 to re-adjust them",
            Assert.Single(result.Warnings));
    }

    [Fact]
    public async Task Refresh_NewSymbolWithStartDate_CreatesTheFile()
    {
        using var prices = RefreshTestData.CopyOf();
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync("CIFR", new DateOnly(2026, 1, 27));

        Assert.Equal(RefreshOutcome.Updated, result.Outcome);
        Assert.Equal(6, result.Added);
        var bars = RefreshTestData.Read(prices.PathOf("CIFR")).Bars;
        Assert.Equal(new DateOnly(2026, 1, 27), bars[0].Date);
        Assert.Equal(15.329999923706055, bars[^1].Close);
    }

    [Fact]
    public async Task Refresh_TargetCannotBeReplaced_IsAWriteFailureAndLeavesNoTempFile()
    {
        using var prices = RefreshTestData.CopyOf();
        Directory.CreateDirectory(prices.PathOf("CIFR"));   // a folder where the file should go
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync("CIFR", new DateOnly(2026, 1, 27));

        Assert.Equal(RefreshOutcome.WriteFailed, result.Outcome);
        Assert.StartsWith($"CIFR: {prices.PathOf("CIFR")} was left as it was: ", result.Error);
        Assert.Equal(6, result.Added);
        Assert.Empty(Directory.GetFiles(prices.Folder));
    }

    [Fact]
    public async Task Refresh_NewSymbolWithoutStartDate_AsksForOneWithoutDownloading()
    {
        using var prices = RefreshTestData.CopyOf();
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync("CIFR");

        Assert.Equal(RefreshOutcome.InputInvalid, result.Outcome);
        Assert.Contains("does not exist yet; give a start date (--from)", result.Error);
        Assert.Equal(0, server.RequestCount);
        Assert.Empty(prices.Files);
    }

    [Fact]
    public async Task Refresh_MalformedExistingFile_IsAnInputErrorAndStaysByteIdentical()
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        var path = prices.PathOf("CIFR");
        File.WriteAllText(path, File.ReadAllText(path).Replace("2026-01-27,16.649999618530273", "2026-01-27,16.64x"));
        var before = RefreshTestData.Sha256(path);
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync("CIFR");

        Assert.Equal(RefreshOutcome.InputInvalid, result.Outcome);
        Assert.Contains("CIFR.csv:770:2: found '16.64x'", result.Error);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal(before, RefreshTestData.Sha256(path));
    }

    [Theory]
    [InlineData("../CIFR")]
    [InlineData("CI FR")]
    [InlineData("...")]
    public async Task Refresh_NotATicker_IsRefusedBeforeAnyRequest(string symbol)
    {
        using var prices = RefreshTestData.CopyOf();
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices).RefreshAsync(symbol);

        Assert.Equal(RefreshOutcome.InputInvalid, result.Outcome);
        Assert.Contains("not a ticker", result.Error);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Refresh_Bitf_AsksYahooForKeelAndWritesBitfCsv()
    {
        using var prices = RefreshTestData.CopyOf("BITF");
        var original = File.ReadAllText(prices.PathOf("BITF"));
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(KeelJson));

        var result = await Refresher(server, prices, aliases: Bundled).RefreshAsync("bitf");

        Assert.StartsWith("/v8/finance/chart/KEEL?", Assert.Single(server.Targets));
        Assert.Equal(RefreshOutcome.Updated, result.Outcome);
        Assert.Equal(("BITF", prices.PathOf("BITF"), "KEEL"), (result.Symbol, result.Path, result.Download!.Symbol));
        Assert.Equal(new[] { new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 3) }, result.Merge!.Added);
        Assert.Equal((0, 5), (result.Revised, result.Unchanged)); // KEEL's history is BITF's
        Assert.Equal(original
            + "2026-02-02,2.2699999809265137,2.3499999046325684,2.240000009536743,2.259999990463257,2.259999990463257,35618300\n"
            + "2026-02-03,2.299999952316284,2.3949999809265137,2.180000066757202,2.299999952316284,2.299999952316284,39195500\n",
            File.ReadAllText(prices.PathOf("BITF")));
        Assert.Equal(new[] { "BITF.csv" }, prices.Files); // no KEEL.csv
    }

    [Fact]
    public async Task Refresh_SymbolWithoutAlias_AsksForItself()
    {
        using var prices = RefreshTestData.CopyOf("CIFR");
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var result = await Refresher(server, prices, aliases: Bundled).RefreshAsync("CIFR");

        Assert.StartsWith("/v8/finance/chart/CIFR?", Assert.Single(server.Targets));
        Assert.Equal(("CIFR", 2), (result.Download!.Symbol, result.Added));
    }

    [Fact]
    public async Task Refresh_AliasedSymbolFails_NamesTheFileSymbolAndTheTickerAskedFor()
    {
        using var prices = RefreshTestData.CopyOf("BITF");
        var before = RefreshTestData.Sha256(prices.PathOf("BITF"));
        await using var server = LocalHttpServer.Always(ReplayResponse.WithStatus(404, "Not Found", RefreshTestData.Fixture("yahoo-chart-404.json"), "application/json;charset=utf-8"));

        var result = await Refresher(server, prices, aliases: Bundled).RefreshAsync("BITF");

        Assert.Equal(RefreshOutcome.DownloadFailed, result.Outcome);
        Assert.Equal("BITF (served as KEEL): HTTP 404 Not Found (Not Found: No data found, symbol may be delisted)", result.Error);
        Assert.Equal(before, RefreshTestData.Sha256(prices.PathOf("BITF")));
    }

    [Fact]
    public async Task Refresh_TheNewTickerItself_PointsAtTheStudysSymbolWithoutAnyRequest()
    {
        using var prices = RefreshTestData.CopyOf("BITF");
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(KeelJson));

        var result = await Refresher(server, prices, aliases: Bundled).RefreshAsync("KEEL", new DateOnly(2026, 2, 2));

        Assert.Equal(RefreshOutcome.InputInvalid, result.Outcome);
        Assert.Equal("KEEL: the provider's ticker for BITF since 2026-04-06 (tickers.csv); refresh BITF, whose series is in BITF.csv", result.Error);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal(new[] { "BITF.csv" }, prices.Files);
    }
}
