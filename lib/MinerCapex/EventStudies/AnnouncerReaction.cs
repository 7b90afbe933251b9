using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>
/// The CAR of a miner that announced its own AI deal (a <see cref="EventCategory.MinerAiDeal"/> row naming it in
/// <see cref="MarketEvent.Entities"/>), reported on its own: its jump is the deal itself, not the market's read of
/// what the deal means for the other miners.
/// </summary>
/// <param name="EventId">The deal's row.</param>
/// <param name="DayZero">Its first session.</param>
/// <param name="Symbol">The announcing miner.</param>
/// <param name="Car">Its CAR over the window; null when it was skipped or the CAR is incomplete.</param>
/// <param name="T">Its per-stock t.</param>
/// <param name="P">Its two-sided p.</param>
public sealed record AnnouncerReaction(string EventId, DateOnly DayZero, string Symbol, double? Car, double? T, double? P);

/// <summary>Announcers and peers of the miners' own AI deals.</summary>
public static class Announcers
{
    /// <summary>The studied stocks a day's <see cref="EventCategory.MinerAiDeal"/> rows name as announcers; empty for other news.</summary>
    public static IReadOnlyList<string> Of(this EventStudyResult result, EventDay day)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(day);
        var ids = day.EventIds.ToHashSet(StringComparer.Ordinal);
        return result.Events.Where(e => ids.Contains(e.Id) && e.Event.Category == EventCategory.MinerAiDeal)
            .SelectMany(e => e.Event.Entities)
            .Where(s => result.Symbols.Contains(s, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The members of <paramref name="symbols"/> that did not announce news of the day: the peers.</summary>
    public static IEnumerable<string> Peers(this EventStudyResult result, EventDay day, IEnumerable<string> symbols)
    {
        var announcers = result.Of(day);
        return symbols.Where(s => !announcers.Contains(s, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Every announcer's own CAR over <paramref name="window"/>, one row per deal and announcing miner.</summary>
    public static IReadOnlyList<AnnouncerReaction> AnnouncerReactions(this EventStudyResult result, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(result);
        return (from e in result.Events
                where e.Event.Category == EventCategory.MinerAiDeal
                from symbol in e.Event.Entities
                where result.Symbols.Contains(symbol, StringComparer.OrdinalIgnoreCase)
                let car = result.Get(symbol, e.Id)?.Car(window)
                select new AnnouncerReaction(e.Id, e.DayZero, symbol, car?.Car, car?.T, car?.P)).ToList();
    }
}
