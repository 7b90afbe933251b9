using System.Globalization;

namespace MinerCapex.EventStudies;

/// <summary>
/// A run of sessions around an event, given as offsets from day 0 (the event's first session):
/// <c>[-1,+1]</c> is the session before day 0, day 0 and the session after.
/// </summary>
/// <remarks>
/// <para>
/// Both ends are <b>inclusive</b>, as with a date interval "Monday to Friday" that includes Friday:
/// <c>[0,0]</c> is day 0 alone and has length 1, <c>[0,+5]</c> has length 6. Offsets count panel
/// sessions, not calendar days, so a weekend or a holiday is never inside a window.
/// </para>
/// <para>
/// The same type describes the estimation window (by default <c>[-130,-11]</c>). It is an immutable
/// value: two windows are equal when their ends are equal.
/// </para>
/// </remarks>
public readonly record struct EventWindow
{
    /// <summary>Builds the window <c>[start, end]</c>, both ends included.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public EventWindow(int start, int end)
    {
        if (end < start)
            throw new ArgumentException($"An event window needs start <= end; got [{start},{end}].", nameof(end));
        Start = start;
        End = end;
    }

    /// <summary>First session offset of the window (included).</summary>
    public int Start { get; }

    /// <summary>Last session offset of the window (included).</summary>
    public int End { get; }

    /// <summary>Number of sessions in the window, <c>End - Start + 1</c>: the L of the CAR tests.</summary>
    public int Length => End - Start + 1;

    /// <summary>Day 0 alone, <c>[0,0]</c>.</summary>
    public static EventWindow DayZero => new(0, 0);

    /// <summary>The default estimation window, <c>[-130,-11]</c>: 120 sessions ending ten sessions before day 0.</summary>
    public static EventWindow DefaultEstimation => new(-130, -11);

    /// <summary>The default event windows: <c>[0,0]</c>, <c>[0,+1]</c>, <c>[-1,+1]</c> and <c>[0,+5]</c>.</summary>
    public static IReadOnlyList<EventWindow> DefaultEventWindows { get; } =
        [new(0, 0), new(0, 1), new(-1, 1), new(0, 5)];

    /// <summary>True when <paramref name="offset"/> lies in the window, ends included.</summary>
    public bool Contains(int offset) => offset >= Start && offset <= End;

    /// <summary>True when the two windows share at least one offset.</summary>
    public bool Overlaps(EventWindow other) => Start <= other.End && other.Start <= End;

    /// <summary>The window as written in tables, e.g. <c>[-1,+1]</c> or <c>[0,0]</c>.</summary>
    public override string ToString() => $"[{Format(Start)},{Format(End)}]";

    /// <summary>Reads a window written as <see cref="ToString"/> writes it, e.g. <c>[0,+5]</c> or <c>[-1,1]</c>.</summary>
    /// <exception cref="FormatException">The text is not <c>[start,end]</c> with two integers and start &lt;= end.</exception>
    public static EventWindow Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var comma = t.IndexOf(',');
        if (t.Length < 5 || t[0] != '[' || t[^1] != ']' || comma < 0
            || !int.TryParse(t.AsSpan(1, comma - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(t.AsSpan(comma + 1, t.Length - comma - 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var end)
            || end < start)
            throw new FormatException($"Found '{text}'; expected an event window such as [0,+1] or [-1,+1] with start <= end.");
        return new EventWindow(start, end);
    }

    private static string Format(int offset) => offset > 0
        ? "+" + offset.ToString(CultureInfo.InvariantCulture)
        : offset.ToString(CultureInfo.InvariantCulture);
}
