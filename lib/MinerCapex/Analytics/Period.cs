using System.Globalization;

namespace MinerCapex.Analytics;

/// <summary>
/// A span of calendar dates over which a statistic is computed, both ends inclusive: the statistic uses
/// every session <c>s</c> of the panel with <c>From &lt;= s &lt;= To</c>. Calendar periods (a year, a
/// quarter) and splits around a date (before / on-or-after) are built by the factory methods.
/// </summary>
/// <remarks>Immutable; equality is by value (dates and label).</remarks>
public sealed record Period
{
    /// <summary>Creates a period; <paramref name="from"/> must not be after <paramref name="to"/>.</summary>
    /// <param name="from">First date, inclusive.</param>
    /// <param name="to">Last date, inclusive.</param>
    /// <param name="label">Name shown in tables; defaults to <c>yyyy-MM-dd..yyyy-MM-dd</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    public Period(DateOnly from, DateOnly to, string? label = null)
    {
        if (from > to)
            throw new ArgumentException($"Period start {from:yyyy-MM-dd} is after its end {to:yyyy-MM-dd}.", nameof(from));
        From = from;
        To = to;
        Label = string.IsNullOrWhiteSpace(label) ? DefaultLabel(from, to) : label;
    }

    /// <summary>First date, inclusive.</summary>
    public DateOnly From { get; }

    /// <summary>Last date, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>Name shown in tables, e.g. <c>2024</c>, <c>2025Q3</c>, <c>before 2025-01-02</c>.</summary>
    public string Label { get; }

    /// <summary>Every session of the panel.</summary>
    public static Period All { get; } = new(DateOnly.MinValue, DateOnly.MaxValue, "all");

    /// <summary>Calendar year <paramref name="year"/> (1 January to 31 December).</summary>
    public static Period Year(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Calendar quarter <paramref name="quarter"/> (1..4) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1..4.</exception>
    public static Period Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1, 2, 3 or 4.");
        var start = new DateOnly(year, 3 * (quarter - 1) + 1, 1);
        return new Period(start, start.AddMonths(3).AddDays(-1), $"{year}Q{quarter}");
    }

    /// <summary>
    /// <paramref name="from"/> to <paramref name="to"/>, labelled by its year when it is exactly one calendar year
    /// (<c>2024</c>) and <c>yyyy-MM-dd..yyyy-MM-dd</c> otherwise.
    /// </summary>
    public static Period Spanning(DateOnly from, DateOnly to) =>
        from.Month == 1 && from.Day == 1 && to == new DateOnly(from.Year, 12, 31) ? Year(from.Year) : new Period(from, to);

    /// <summary>Every date strictly before <paramref name="date"/>.</summary>
    public static Period Before(DateOnly date) =>
        new(DateOnly.MinValue, date.AddDays(-1), $"before {date:yyyy-MM-dd}");

    /// <summary>Every date on or after <paramref name="date"/>.</summary>
    public static Period OnOrAfter(DateOnly date) =>
        new(date, DateOnly.MaxValue, $"from {date:yyyy-MM-dd}");

    /// <summary>The calendar years that contain at least one of <paramref name="sessions"/>, in order.</summary>
    public static IReadOnlyList<Period> Years(IReadOnlyList<DateOnly> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.Select(s => s.Year).Distinct().Select(Year).ToList();
    }

    /// <summary>The calendar quarters that contain at least one of <paramref name="sessions"/>, in order.</summary>
    public static IReadOnlyList<Period> Quarters(IReadOnlyList<DateOnly> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.Select(s => (s.Year, Q: (s.Month - 1) / 3 + 1)).Distinct().Select(q => Quarter(q.Year, q.Q)).ToList();
    }

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The contiguous block of <paramref name="sessions"/> (strictly increasing) inside the period.</summary>
    internal SessionRange Resolve(IReadOnlyList<DateOnly> sessions)
    {
        var start = LowerBound(sessions, From);
        var end = To == DateOnly.MaxValue ? sessions.Count : LowerBound(sessions, To.AddDays(1));
        return new SessionRange(start, Math.Max(0, end - start));
    }

    /// <inheritdoc />
    public override string ToString() => Label;

    private static int LowerBound(IReadOnlyList<DateOnly> sessions, DateOnly date)
    {
        int lo = 0, hi = sessions.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sessions[mid] < date) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static string DefaultLabel(DateOnly from, DateOnly to) =>
        $"{(from == DateOnly.MinValue ? "start" : from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}.." +
        $"{(to == DateOnly.MaxValue ? "end" : to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}";
}

/// <summary>A block of consecutive session rows: <c>[Start, Start + Length)</c>.</summary>
internal readonly record struct SessionRange(int Start, int Length)
{
    public int End => Start + Length;
}
