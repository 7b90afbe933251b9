using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>
/// One session of news in a pool: the unit of every pooled test. The pool's catalog rows whose day 0 is this
/// session merge into it, so each stock enters once per session whatever the number of rows.
/// </summary>
/// <param name="DayZero">The session.</param>
/// <param name="EventIds">Every catalog row of the pool on this session, in input order; the first is the one whose fit is read (same-session rows share every abnormal return).</param>
/// <param name="Categories">The distinct categories of those rows, in order of first appearance.</param>
public sealed record EventDay(DateOnly DayZero, IReadOnlyList<string> EventIds, IReadOnlyList<EventCategory> Categories)
{
    /// <summary>The row whose fits stand for the day.</summary>
    public string EventId => EventIds[0];

    /// <summary>"2025-11-03: iren_msft_9_7b + cifr_aws_lease".</summary>
    public override string ToString() => $"{DayZero:yyyy-MM-dd}: {string.Join(" + ", EventIds)}";
}
