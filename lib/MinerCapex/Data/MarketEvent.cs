namespace MinerCapex.Data;

/// <summary>One row of <c>data/events.csv</c>: a dated piece of news and the first session that could price it.</summary>
/// <param name="Id">Stable identifier, e.g. <c>nebius_msft_gpu</c>.</param>
/// <param name="Date">Calendar date of the announcement, US Eastern time.</param>
/// <param name="FirstSession">First regular NYSE session that could price the news: day 0 of an event window. Never before <paramref name="Date"/>.</param>
/// <param name="Timing">When the news came out relative to that day's session.</param>
/// <param name="Category">Kind of news.</param>
/// <param name="Entities">Symbols and names involved (from the <c>;</c>-separated column).</param>
/// <param name="AmountUsdBn">Headline dollar amount in US$ billions, or null.</param>
/// <param name="CapacityGw">Headline power or IT capacity in GW, or null.</param>
/// <param name="Headline">One-line summary.</param>
/// <param name="SourceUrl">Where the facts were read.</param>
/// <param name="Confidence"><c>high</c>, <c>medium</c> or <c>low</c> confidence in the date and first session.</param>
/// <param name="Cluster">Shared id of events that hit the same session, or null when the event stands alone.</param>
public sealed record MarketEvent(
    string Id,
    DateOnly Date,
    DateOnly FirstSession,
    EventTiming Timing,
    EventCategory Category,
    IReadOnlyList<string> Entities,
    double? AmountUsdBn,
    double? CapacityGw,
    string Headline,
    string SourceUrl,
    string Confidence,
    string? Cluster)
{
    /// <summary>Whether the row is a piece of news or a price move reported as the event (<c>defined_by</c>); news when not given.</summary>
    public EventDefinition DefinedBy { get; init; } = EventDefinition.News;

    /// <summary>How the row came into the catalog (<c>found_by</c>); research when not given.</summary>
    public EventDiscovery FoundBy { get; init; } = EventDiscovery.Research;
}
