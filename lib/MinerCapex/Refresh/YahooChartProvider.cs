using System.Globalization;

namespace MinerCapex.Refresh;

/// <summary>
/// Daily bars from Yahoo Finance's public chart endpoint
/// (<c>/v8/finance/chart/{symbol}?period1=..&amp;period2=..&amp;interval=1d&amp;events=div,splits&amp;includeAdjustedClose=true</c>),
/// the source of the bundled files: same split-adjusted OHLC, same total-return Adj Close.
/// </summary>
public sealed class YahooChartProvider : IPriceProvider
{
    /// <summary>Yahoo's public host.</summary>
    public static readonly Uri DefaultBaseUri = new("https://query1.finance.yahoo.com/");

    // Yahoo turns away requests that do not look like they come from a browser.
    private const string BrowserUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    private readonly Uri _baseUri;
    private readonly ResilientHttpGet _http;
    private readonly TimeProvider _time;

    /// <summary>Creates the provider.</summary>
    /// <param name="client">Sends the requests; the caller owns it.</param>
    /// <param name="baseUri">The host to ask (tests point it at 127.0.0.1); <see cref="DefaultBaseUri"/> when null.</param>
    /// <param name="retry">Retry policy; <see cref="HttpRetryOptions.Default"/> when null.</param>
    /// <param name="time">Clock for "now" (the end of an open range) and for the retry policy; the system clock when null.</param>
    public YahooChartProvider(HttpClient client, Uri? baseUri = null, HttpRetryOptions? retry = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _baseUri = baseUri ?? DefaultBaseUri;
        if (!_baseUri.IsAbsoluteUri)
            throw new ArgumentException($"The base address '{_baseUri}' must be absolute.", nameof(baseUri));
        _time = time ?? TimeProvider.System;
        _http = new ResilientHttpGet(client, retry, _time);
    }

    /// <inheritdoc />
    public string Name => "Yahoo";

    /// <inheritdoc />
    public async Task<PriceDownload> DownloadDailyAsync(string symbol, DateOnly from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (to is { } last && last < from)
            throw new ArgumentException($"The range ends ({last:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));

        var payload = await _http.GetAsync(symbol, ChartUri(symbol, from, to), AddHeaders, cancellationToken).ConfigureAwait(false);
        if (!payload.IsSuccess)
            throw new PriceDownloadException(symbol, DescribeFailure(payload), payload.Attempts, payload.Status);

        YahooChart chart;
        try
        {
            chart = YahooChartParser.Parse(symbol, payload.Body);
        }
        catch (PriceDownloadException e)
        {
            throw new PriceDownloadException(symbol, e.Cause, payload.Attempts, payload.Status, e.InnerException);
        }

        var bars = chart.Bars.Where(b => b.Date >= from && (to is null || b.Date <= to)).ToList();
        var actions = chart.Actions.Where(a => a.Date >= from && (to is null || a.Date <= to)).ToList();
        return new PriceDownload(symbol, Name, bars, actions, chart.Notes, payload.Attempts);
    }

    /// <summary>
    /// The request address. <c>period1</c> starts a day before <paramref name="from"/> in UTC, since a session
    /// east of UTC opens on the previous UTC day; bars before <paramref name="from"/> are dropped after decoding.
    /// </summary>
    public Uri ChartUri(string symbol, DateOnly from, DateOnly? to)
    {
        var start = new DateTimeOffset(from.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = to is { } last
            ? new DateTimeOffset(last.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : _time.GetUtcNow();
        var query = string.Create(CultureInfo.InvariantCulture,
            $"period1={start.ToUnixTimeSeconds()}&period2={end.ToUnixTimeSeconds()}&interval=1d&events=div,splits&includeAdjustedClose=true");
        return new Uri(_baseUri, $"v8/finance/chart/{Uri.EscapeDataString(symbol)}?{query}");
    }

    private static string DescribeFailure(HttpPayload payload)
    {
        var cause = payload.DescribeStatus();
        if (YahooChartParser.TryReadError(payload.Body) is { } yahoo)
            cause += $" ({yahoo})";
        if (payload.RetryAfter is { } wait && !payload.IsSuccess)
            cause += $"; the server asks to wait {wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
        return cause;
    }

    private static void AddHeaders(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("User-Agent", BrowserUserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
    }
}
