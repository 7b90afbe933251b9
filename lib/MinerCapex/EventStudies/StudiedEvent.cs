using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>An event as the study placed it on the session calendar, with its cluster flag.</summary>
/// <remarks>
/// An event is <b>clustered</b> when another studied event shares its catalog <see cref="MarketEvent.Cluster"/>
/// id, or when their event spans overlap. An event's span runs from the earliest start to the latest end of
/// the configured event windows (e.g. <c>[-1,+5]</c> for the defaults), in sessions; estimation windows do
/// not count. <see cref="ClusterId"/> names the connected group of such events.
/// </remarks>
/// <param name="Event">The catalog event.</param>
/// <param name="DayZero">Day 0: the event's first session, a session of the panel.</param>
/// <param name="Clustered">True when the event shares a catalog cluster or an overlapping span with another event.</param>
/// <param name="ClusteredWith">Ids of the events it shares a catalog cluster or an overlapping span with.</param>
/// <param name="ClusterId">Id of the first event (in input order) of its connected cluster; its own id when alone.</param>
public sealed record StudiedEvent(
    MarketEvent Event, DateOnly DayZero, bool Clustered, IReadOnlyList<string> ClusteredWith, string ClusterId)
{
    /// <summary>
    /// Sessions of other studied events' spans that fell inside this event's estimation window and were left out
    /// (<see cref="EventStudyOptions.OtherEvents"/>); 0 when they are kept.
    /// </summary>
    public int ExcludedSessions { get; init; }

    /// <summary>The event's id.</summary>
    public string Id => Event.Id;
}
