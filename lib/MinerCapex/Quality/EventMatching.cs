using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Which catalog events may explain a move of one symbol on one date: the event is dated that day or first priced
/// that session, and it names the symbol, or names <see cref="Everyone"/>, or names <see cref="Miners"/> and the
/// symbol is in the miner group.
/// </summary>
public static class EventMatching
{
    /// <summary>The entity word for market-wide news (rates, tariffs): it concerns every symbol.</summary>
    public const string Everyone = "all";

    /// <summary>The entity word for news about the whole mining sector: it concerns every symbol of group <c>miner</c>.</summary>
    public const string Miners = "miners";

    /// <summary>The events of <paramref name="context"/> that match <paramref name="symbol"/> on <paramref name="date"/>, in catalog order.</summary>
    public static IReadOnlyList<MarketEvent> Matching(string symbol, DateOnly date, QualityContext context)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(context);
        var group = context.MemberOf(symbol)?.Group;
        return context.Events.Where(e => (e.FirstSession == date || e.Date == date) && Concerns(e, symbol, group)).ToList();
    }

    /// <summary>True when the event's entities name the symbol, everyone, or the miners while the symbol is a miner.</summary>
    public static bool Concerns(MarketEvent e, string symbol, SymbolGroup? group)
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var entity in e.Entities)
        {
            if (string.Equals(entity, symbol, StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(entity, Everyone, StringComparison.OrdinalIgnoreCase)) return true;
            if (group == SymbolGroup.Miner && string.Equals(entity, Miners, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
