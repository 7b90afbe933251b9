using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>
/// A named set of event categories whose stock × event CARs are pooled into one cross-section, e.g. all
/// AI capex news against Bitcoin's own news.
/// </summary>
/// <param name="Name">Label used in result tables, e.g. <c>ai</c> or <c>btc</c>.</param>
/// <param name="Categories">The categories whose events belong to the pool.</param>
public sealed record EventPool(string Name, IReadOnlyList<EventCategory> Categories)
{
    /// <summary>
    /// AI capex news in the broad sense, named <c>ai</c>: <see cref="EventCategory.AiCapex"/>,
    /// <see cref="EventCategory.AiFinancing"/> and <see cref="EventCategory.MinerAiDeal"/>.
    /// </summary>
    public static EventPool Ai { get; } =
        new("ai", [EventCategory.AiCapex, EventCategory.AiFinancing, EventCategory.MinerAiDeal]);

    /// <summary>Bitcoin's own news, named <c>btc</c>.</summary>
    public static EventPool Bitcoin { get; } = Of(EventCategory.Btc);

    /// <summary>
    /// The default pools: <see cref="Ai"/>, then one pool per category (<c>ai_capex</c>, <c>ai_financing</c>,
    /// <c>miner_ai_deal</c>, <c>btc</c>, <c>macro</c>), each named as in events.csv.
    /// </summary>
    public static IReadOnlyList<EventPool> Defaults { get; } =
        [Ai, .. Enum.GetValues<EventCategory>().Select(Of)];

    /// <summary>A pool of one category, named as the category is written in events.csv (e.g. <c>miner_ai_deal</c>).</summary>
    public static EventPool Of(EventCategory category) => new(category.ToToken(), [category]);

    /// <summary>True when events of <paramref name="category"/> belong to the pool.</summary>
    public bool Includes(EventCategory category)
    {
        for (var i = 0; i < Categories.Count; i++)
            if (Categories[i] == category) return true;
        return false;
    }
}
