using Microsoft.Data.Analysis;
using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/events.csv</c>, the news-event catalog:
/// <c>id,date,first_session,timing,category,entities,amount_usd_bn,capacity_gw,headline,source_url,confidence,cluster</c>,
/// and optionally <c>defined_by</c> and <c>found_by</c>.
/// </summary>
/// <remarks>
/// Dates are <c>yyyy-MM-dd</c>; <c>entities</c> is <c>;</c>-separated; an empty amount or capacity is null;
/// <c>confidence</c> is <c>high</c>, <c>medium</c> or <c>low</c>; an empty cluster is null; <c>defined_by</c> is
/// <c>news</c> or <c>price</c> (see <see cref="EventDefinition"/>); <c>found_by</c> is <c>research</c> or <c>move_screen</c>
/// (see <see cref="EventDiscovery"/>). Ids are unique.
/// The first session is checked against the session calendar: it may not precede the event's date, and a
/// first session inside the calendar's span must be one of its sessions. A first session outside the span
/// cannot be checked (the calendar only knows the sessions it has data for) and is accepted.
/// </remarks>
public static class EventFile
{
    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "date", "first_session", "timing", "category", "entities", "amount_usd_bn", "capacity_gw", "headline", "source_url", "confidence", "cluster"];

    /// <summary>Columns read when present: <c>defined_by</c> (<c>news</c> when the file has no such column).</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["defined_by", "found_by"];

    /// <summary>The accepted values of <c>confidence</c>.</summary>
    public static IReadOnlyList<string> ConfidenceLevels { get; } = ["high", "medium", "low"];

    /// <summary>Reads the events in file order, checking first sessions against <paramref name="sessions"/> (strictly increasing).</summary>
    /// <exception cref="DataFormatException">The file is malformed or a first session is not a session.</exception>
    public static IReadOnlyList<MarketEvent> Read(string path, IReadOnlyList<DateOnly> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var calendar = new HashSet<DateOnly>(sessions);
        using var sheet = CsvSheet.Open(path, Columns, OptionalColumns);
        var events = new List<MarketEvent>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        while (sheet.Next())
        {
            var id = sheet.Text(0);
            if (!lineOf.TryAdd(id, sheet.Line)) throw sheet.Error(0, $"an id not used before (already on line {lineOf[id]})");
            var date = sheet.Date(1);
            var first = sheet.Date(2);
            if (first < date)
                throw sheet.Error(2, $"a first session on or after the event's date {date:yyyy-MM-dd}");
            if (sessions.Count > 0 && first >= sessions[0] && first <= sessions[^1] && !calendar.Contains(first))
                throw sheet.Error(2, $"a session of the calendar; {first:yyyy-MM-dd} ({first.DayOfWeek}) has none, the next is {NextSession(sessions, first):yyyy-MM-dd}");
            var confidence = sheet.Text(10);
            if (!ConfidenceLevels.Contains(confidence, StringComparer.OrdinalIgnoreCase))
                throw sheet.Error(10, $"one of {string.Join(", ", ConfidenceLevels)}");

            events.Add(new MarketEvent(
                id, date, first,
                sheet.Token<EventTiming>(3),
                sheet.Token<EventCategory>(4),
                Entities(sheet.TextOrEmpty(5)),
                sheet.NumberOrNull(6),
                sheet.NumberOrNull(7),
                sheet.Text(8),
                sheet.TextOrEmpty(9),
                confidence.ToLowerInvariant(),
                sheet.TextOrNull(11))
            {
                DefinedBy = sheet.Has(12) ? sheet.Token<EventDefinition>(12) : EventDefinition.News,
                FoundBy = sheet.Has(13) ? sheet.Token<EventDiscovery>(13) : EventDiscovery.Research,
            });
        }
        if (events.Count == 0) throw new DataFormatException(path, 2, 0, null, "at least one event after the header line");
        return events;
    }

    /// <summary>Reads the file into a <see cref="DataFrame"/>; see <see cref="CatalogFrames.ToDataFrame(IReadOnlyList{MarketEvent})"/>.</summary>
    /// <exception cref="DataFormatException">The file is malformed or a first session is not a session.</exception>
    public static DataFrame ReadDataFrame(string path, IReadOnlyList<DateOnly> sessions) => Read(path, sessions).ToDataFrame();

    private static string[] Entities(string field) =>
        field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static DateOnly NextSession(IReadOnlyList<DateOnly> sessions, DateOnly day)
    {
        foreach (var s in sessions)
        {
            if (s > day) return s;
        }
        return sessions[^1];
    }
}
