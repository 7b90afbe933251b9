using System.Globalization;
using System.Text.Json;
using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>
/// Decodes the JSON of Yahoo Finance's chart endpoint (<c>/v8/finance/chart/{symbol}</c>, <c>interval=1d</c>):
/// <c>chart.result[0]</c> holds <c>timestamp</c> (Unix seconds), <c>indicators.quote[0]</c> with
/// <c>open/high/low/close/volume</c> arrays, <c>indicators.adjclose[0].adjclose</c>, <c>events.dividends/splits</c>
/// and <c>meta</c> (exchange time zone, the current trading period); <c>chart.error</c> reports a failure.
/// </summary>
/// <remarks>
/// A daily bar's timestamp is an instant inside the session (the open for equities, 00:00 UTC for crypto), so its
/// session date is that instant's date in the exchange's time zone (<c>meta.exchangeTimezoneName</c>, else the
/// fixed <c>meta.gmtoffset</c>). Arrays may hold <c>null</c>s: a null value stays unknown, a row with no value at
/// all is left out, and the bar of a session still trading when the response was made is left out too.
/// </remarks>
public static class YahooChartParser
{
    /// <summary>Decodes a chart response for <paramref name="symbol"/>.</summary>
    /// <exception cref="PriceDownloadException">The text is not a chart response, reports an error, or is inconsistent.</exception>
    public static YahooChart Parse(string symbol, string json)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json))
            throw Fail(symbol, "the response body is empty");
        if (json.TrimStart().StartsWith('<'))
            throw Fail(symbol, $"the response is an HTML page, not JSON ({Excerpt(json)})");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Fail(symbol, $"the response is not valid JSON, truncated or malformed at byte {e.BytePositionInLine + 1} of line {e.LineNumber + 1} of {json.Length} characters", e);
        }
        using (document)
            return Decode(symbol, document.RootElement);
    }

    /// <summary>
    /// The <c>chart.error</c> of a response as <c>code: description</c>, or null when the text has none
    /// (not JSON, no error object). Used to explain a non-2xx status.
    /// </summary>
    public static string? TryReadError(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("chart", out var chart)
                && chart.ValueKind == JsonValueKind.Object
                && chart.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                ? DescribeError(error)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static YahooChart Decode(string symbol, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("chart", out var chart) || chart.ValueKind != JsonValueKind.Object)
            throw Fail(symbol, "the JSON is not a Yahoo chart response (no 'chart' object)");
        if (chart.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            throw Fail(symbol, $"Yahoo reports {DescribeError(error)}");
        if (!chart.TryGetProperty("result", out var results) || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0)
            throw Fail(symbol, "the chart response has no result");

        var result = results[0];
        var meta = Property(result, "meta");
        var reported = String(meta, "symbol");
        if (reported is not null && !string.Equals(reported, symbol, StringComparison.OrdinalIgnoreCase))
            throw Fail(symbol, $"the response is for '{reported}', not '{symbol}'");
        if (String(meta, "dataGranularity") is { } granularity && granularity != "1d")
            throw Fail(symbol, $"the response has '{granularity}' bars, not daily ('1d') ones");

        var zone = ExchangeZone(meta);
        var timestamps = Numbers(symbol, result, "timestamp");
        var quote = First(Property(Property(result, "indicators"), "quote"));
        var adjustedClose = First(Property(Property(result, "indicators"), "adjclose"));
        var columns = new[]
        {
            Column(symbol, quote, "open", timestamps.Length),
            Column(symbol, quote, "high", timestamps.Length),
            Column(symbol, quote, "low", timestamps.Length),
            Column(symbol, quote, "close", timestamps.Length),
            Column(symbol, adjustedClose, "adjclose", timestamps.Length),
            Column(symbol, quote, "volume", timestamps.Length),
        };

        var open = OpenSessionStart(meta);
        var notes = new List<string>();
        var bars = new SortedDictionary<DateOnly, PriceBar>();
        for (var i = 0; i < timestamps.Length; i++)
        {
            if (timestamps[i] is not { } stamp || stamp != Math.Floor(stamp))
                throw Fail(symbol, $"timestamp {i + 1} is {timestamps[i]?.ToString(CultureInfo.InvariantCulture) ?? "null"}, not whole Unix seconds");
            var seconds = (long)stamp;
            var date = SessionDate(seconds, zone);
            var bar = new PriceBar(date, columns[0][i], columns[1][i], columns[2][i], columns[3][i], columns[4][i], columns[5][i]);
            if (bar is { Open: null, High: null, Low: null, Close: null, AdjClose: null, Volume: null })
            {
                notes.Add($"{date:yyyy-MM-dd}: every value is null; left out");
                continue;
            }
            if (open is { } sessionStart && seconds >= sessionStart)
            {
                notes.Add($"{date:yyyy-MM-dd}: the session was still trading when Yahoo answered; left out");
                continue;
            }
            // Yahoo sometimes repeats the last session with a later timestamp; the later row is the fresher one.
            bars[date] = bar;
        }

        var actions = Actions(symbol, Property(result, "events"), zone);
        return new YahooChart(reported ?? symbol, zone.Id, [.. bars.Values], actions, notes);
    }

    /// <summary>
    /// Start (Unix seconds) of the regular session under way when the response was made, or null when none was:
    /// <c>meta.regularMarketTime</c> before <c>meta.currentTradingPeriod.regular.end</c> means it had not closed.
    /// </summary>
    private static long? OpenSessionStart(JsonElement meta)
    {
        var regular = Property(Property(meta, "currentTradingPeriod"), "regular");
        if (Long(regular, "start") is not { } start || Long(regular, "end") is not { } end || Long(meta, "regularMarketTime") is not { } last)
            return null;
        return last >= start && last < end ? start : null;
    }

    private static TimeZoneInfo ExchangeZone(JsonElement meta)
    {
        if (String(meta, "exchangeTimezoneName") is { Length: > 0 } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
            return zone;
        if (Long(meta, "gmtoffset") is { } offset)
        {
            var span = TimeSpan.FromSeconds(offset);
            return TimeZoneInfo.CreateCustomTimeZone($"UTC{(offset < 0 ? '-' : '+')}{span.Duration():hh\\:mm}", span, null, null);
        }
        return TimeZoneInfo.Utc;
    }

    private static DateOnly SessionDate(long unixSeconds, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), zone).DateTime);

    private static List<CorporateAction> Actions(string symbol, JsonElement events, TimeZoneInfo zone)
    {
        var actions = new List<CorporateAction>();
        foreach (var (name, kind) in new[] { ("dividends", CorporateActionKind.Dividend), ("splits", CorporateActionKind.Split) })
        {
            var entries = Property(events, name);
            if (entries.ValueKind != JsonValueKind.Object)
                continue;
            foreach (var entry in entries.EnumerateObject())
            {
                var date = Long(entry.Value, "date") ?? throw Fail(symbol, $"a {name} entry has no date");
                double? value = kind == CorporateActionKind.Dividend
                    ? Double(entry.Value, "amount")
                    : Double(entry.Value, "numerator") / Double(entry.Value, "denominator");
                if (value is not { } v || !double.IsFinite(v))
                    throw Fail(symbol, $"the {name} entry '{entry.Name}' has no usable amount");
                actions.Add(new CorporateAction(SessionDate(date, zone), kind, v));
            }
        }
        actions.Sort((a, b) => a.Date.CompareTo(b.Date));
        return actions;
    }

    private static double?[] Column(string symbol, JsonElement parent, string name, int expected)
    {
        var values = Numbers(symbol, parent, name);
        if (values.Length == 0 && expected > 0)
            return new double?[expected];
        if (values.Length != expected)
            throw Fail(symbol, $"the '{name}' array has {values.Length} values for {expected} timestamps");
        return values;
    }

    /// <summary>An array of numbers or nulls; empty when the property is absent or null.</summary>
    private static double?[] Numbers(string symbol, JsonElement parent, string name)
    {
        var array = Property(parent, name);
        if (array.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            return [];
        if (array.ValueKind != JsonValueKind.Array)
            throw Fail(symbol, $"'{name}' is a {array.ValueKind}, not an array");
        var values = new double?[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[i] = item.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => item.GetDouble(),
                _ => throw Fail(symbol, $"'{name}'[{i}] is {item.GetRawText()}, not a number or null"),
            };
            i++;
        }
        return values;
    }

    private static long? Long(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var v) ? v : null;

    private static double? Double(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    private static string? String(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>The named property of an object, or an undefined element for anything missing along the way.</summary>
    private static JsonElement Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;

    private static JsonElement First(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0 ? array[0] : default;

    private static string DescribeError(JsonElement error)
    {
        var code = String(error, "code");
        var description = String(error, "description");
        return (code, description) switch
        {
            (null, null) => error.GetRawText(),
            (null, _) => description!,
            (_, null) => code,
            _ => $"{code}: {description}",
        };
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? $"'{flat}'" : $"'{flat[..60]}…'";
    }

    private static PriceDownloadException Fail(string symbol, string cause, Exception? inner = null) =>
        new(symbol, cause, inner: inner);
}
