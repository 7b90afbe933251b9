namespace MinerCapex.Data;

/// <summary>One row of <c>data/universe.csv</c>.</summary>
/// <param name="Symbol">Ticker as in <c>data/prices/&lt;Symbol&gt;.csv</c>.</param>
/// <param name="Name">Company or instrument name.</param>
/// <param name="AssetClass">Equity, ETF or crypto.</param>
/// <param name="Group">The study's group.</param>
/// <param name="Subgroup">
/// For miners, the sub-group at the end of the data: <c>ai_pivot</c> if the miner had signed an AI/HPC contract by
/// then, otherwise <c>btc_centric</c>; null for everyone else. For the membership on a given date, see
/// <see cref="AiPivotSince"/>.
/// </param>
/// <param name="Note">Why the symbol sits in its group and sub-group.</param>
/// <param name="ListingNote">Listing history that matters for the series (late start, relisting, merger); empty if none.</param>
public sealed record UniverseMember(
    string Symbol, string Name, AssetClass AssetClass, SymbolGroup Group, MinerSubgroup? Subgroup, string Note, string ListingNote)
{
    /// <summary>
    /// The date of the miner's first signed AI/HPC hosting, lease or cloud contract (<c>ai_pivot_since</c>), or null
    /// for a miner that had signed none and for every non-miner.
    /// </summary>
    public DateOnly? AiPivotSince { get; init; }

    /// <summary>The <c>events.csv</c> id of that contract's announcement (<c>ai_pivot_event</c>), or null.</summary>
    public string? AiPivotEvent { get; init; }
}
