using System.Globalization;

namespace MinerCapex.Analytics;

/// <summary>
/// The periods a study compares, parsed from a notebook parameter such as <c>"2024,2025,2026"</c> or
/// <c>"2024-01-01..2024-06-30,2024-07-01..2025-12-31"</c>.
/// </summary>
/// <remarks>
/// Each comma-separated item is a calendar year (<c>yyyy</c>) or an inclusive date range
/// (<c>yyyy-MM-dd..yyyy-MM-dd</c>). The periods must come in time order without overlapping; gaps are allowed. A
/// period that runs past the data ends at the last session in practice (a year of which only part has data keeps
/// its year as its label; the reports' header says where the data end).
/// </remarks>
public static class StudyPeriods
{
    /// <summary>The study's default: A = 2024, B = 2025, C = 2026 (to the last session).</summary>
    public const string Default = "2024,2025,2026";

    /// <summary>Parses <paramref name="text"/> into at least two ordered, non-overlapping periods.</summary>
    /// <exception cref="ArgumentException">An item is neither a year nor a date range, the periods overlap or are out of order, or there are fewer than two; the message names the item and what was expected.</exception>
    public static IReadOnlyList<Period> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var periods = items.Select(ParseItem).ToList();
        if (periods.Count < 2)
            throw new ArgumentException($"periods '{text}' names {periods.Count} period(s); expected at least two, comma-separated, e.g. {Default}.", nameof(text));
        for (var k = 1; k < periods.Count; k++)
        {
            if (periods[k].From <= periods[k - 1].To)
                throw new ArgumentException($"periods '{text}': '{items[k]}' starts on or before the end of '{items[k - 1]}'; expected periods in time order without overlap.", nameof(text));
        }
        return periods;
    }

    private static Period ParseItem(string item)
    {
        if (item.Length == 4 && int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900)
            return Period.Year(year);
        var ends = item.Split("..", StringSplitOptions.TrimEntries);
        if (ends.Length == 2 && Date(ends[0]) is { } from && Date(ends[1]) is { } to && from <= to)
            return Period.Spanning(from, to);
        throw new ArgumentException($"period '{item}' is not a year (yyyy) or a date range (yyyy-MM-dd..yyyy-MM-dd with the start not after the end).", nameof(item));
    }

    private static DateOnly? Date(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
