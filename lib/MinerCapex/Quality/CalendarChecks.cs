using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Checks of one series against the calendar: NYSE sessions (SPY's dates) for equities and ETFs, every calendar day
/// for crypto. A series is only expected to have bars between its own first and last dates; a series that starts
/// late or ends early is reported once as such, not as hundreds of missing sessions.
/// </summary>
public static class CalendarChecks
{
    /// <summary>
    /// Late start, early end, runs of missing sessions inside the series' span, equity bars on non-session days, and
    /// bars outside the calendar's span.
    /// </summary>
    public static IReadOnlyList<QualityFinding> Coverage(PriceHistory history, QualityContext context)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<QualityFinding>();
        if (history.Bars.Count == 0) return found;

        var everyDay = context.TradesEveryDay(history.Symbol);
        var unit = everyDay ? "calendar days" : "sessions";
        var lineOf = FirstLines(history);
        var dates = lineOf.Keys.ToArray(); // SortedDictionary: ascending, distinct
        var first = dates[0];
        var last = dates[^1];
        var listing = context.MemberOf(history.Symbol)?.ListingNote;
        var listingText = string.IsNullOrWhiteSpace(listing) ? "" : $" Listing note: {listing}";

        if (first > context.CalendarStart)
        {
            var skipped = everyDay ? first.DayNumber - context.CalendarStart.DayNumber : CountSessionsBefore(context.Sessions, first);
            found.Add(new(history.SourcePath, lineOf[first], history.Symbol, first, QualityIssue.LateStart, null, skipped,
                $"The series starts on {first:yyyy-MM-dd}, {skipped} {unit} after the calendar's first session {context.CalendarStart:yyyy-MM-dd}.{listingText}"));
        }
        if (last < context.CalendarEnd)
        {
            var after = everyDay ? context.CalendarEnd.DayNumber - last.DayNumber : context.Sessions.Count - CountSessionsBefore(context.Sessions, last.AddDays(1));
            found.Add(new(history.SourcePath, lineOf[last], history.Symbol, last, QualityIssue.EarlyEnd, null, after,
                $"The series ends on {last:yyyy-MM-dd}, {after} {unit} before the calendar's last session {context.CalendarEnd:yyyy-MM-dd}."));
        }

        AddOutside(found, history, lineOf, d => d < context.CalendarStart, $"before the calendar's first session {context.CalendarStart:yyyy-MM-dd}");
        AddOutside(found, history, lineOf, d => d > context.CalendarEnd, $"after the calendar's last session {context.CalendarEnd:yyyy-MM-dd}");

        var from = first > context.CalendarStart ? first : context.CalendarStart;
        var to = last < context.CalendarEnd ? last : context.CalendarEnd;
        var expected = everyDay ? EveryDay(from, to) : context.Sessions.Where(s => s >= from && s <= to);
        AddMissingRuns(found, history, lineOf, expected, unit);

        if (!everyDay)
        {
            var sessions = new HashSet<DateOnly>(context.Sessions);
            var bars = history.Bars;
            for (var i = 0; i < bars.Count; i++)
            {
                var d = bars[i].Date;
                if (d >= context.CalendarStart && d <= context.CalendarEnd && !sessions.Contains(d))
                    found.Add(new(history.SourcePath, BarFields.LineOf(i), history.Symbol, d, QualityIssue.OffCalendarDate, "Date", null,
                        $"{d:yyyy-MM-dd} ({d.DayOfWeek}) is not a session of the calendar."));
            }
        }
        return found;
    }

    /// <summary>Each distinct date of the file with the line it first appears on, in date order.</summary>
    private static SortedDictionary<DateOnly, int> FirstLines(PriceHistory history)
    {
        var lines = new SortedDictionary<DateOnly, int>();
        for (var i = 0; i < history.Bars.Count; i++) lines.TryAdd(history.Bars[i].Date, BarFields.LineOf(i));
        return lines;
    }

    private static int CountSessionsBefore(IReadOnlyList<DateOnly> sessions, DateOnly day)
    {
        var n = 0;
        while (n < sessions.Count && sessions[n] < day) n++;
        return n;
    }

    private static IEnumerable<DateOnly> EveryDay(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    private static void AddOutside(List<QualityFinding> found, PriceHistory history, SortedDictionary<DateOnly, int> lineOf, Func<DateOnly, bool> outside, string where)
    {
        var dates = lineOf.Keys.Where(outside).ToList();
        if (dates.Count == 0) return;
        found.Add(new(history.SourcePath, dates.Min(d => lineOf[d]), history.Symbol, dates[0], QualityIssue.OutsideCalendar, "Date", dates.Count,
            $"{dates.Count} dated bars ({dates[0]:yyyy-MM-dd} to {dates[^1]:yyyy-MM-dd}) fall {where}; they cannot be checked against it."));
    }

    private static void AddMissingRuns(List<QualityFinding> found, PriceHistory history, SortedDictionary<DateOnly, int> lineOf, IEnumerable<DateOnly> expected, string unit)
    {
        // Walk the expected dates in order, grouping consecutive misses into one finding per gap.
        var run = new List<DateOnly>();
        foreach (var d in expected)
        {
            if (!lineOf.ContainsKey(d))
            {
                run.Add(d);
                continue;
            }
            if (run.Count > 0)
            {
                Flush(found, history, run, lineOf[d], d, unit);
                run.Clear();
            }
        }
        if (run.Count == 0) return;
        // Only when the file runs past the calendar's end can a gap reach the end of the checked span; the bar
        // that closes it is then the file's next date.
        var next = lineOf.Keys.First(k => k > run[^1]);
        Flush(found, history, run, lineOf[next], next, unit);
    }

    private static void Flush(List<QualityFinding> found, PriceHistory history, List<DateOnly> run, int nextLine, DateOnly next, string unit)
    {
        var what = run.Count == 1
            ? $"No bar for {run[0]:yyyy-MM-dd} ({run[0].DayOfWeek})"
            : $"No bars for {run.Count} {unit}, {run[0]:yyyy-MM-dd} to {run[^1]:yyyy-MM-dd}";
        found.Add(new(history.SourcePath, nextLine, history.Symbol, run[0], QualityIssue.MissingSession, "Date", run.Count,
            $"{what}; the file resumes on {next:yyyy-MM-dd} (line {nextLine})."));
    }
}
