namespace MinerCapex.Data;

/// <summary>One row of <c>data/universe.csv</c>.</summary>
/// <param name="Symbol">Ticker as in <c>data/prices/&lt;Symbol&gt;.csv</c>.</param>
/// <param name="Name">Company or instrument name.</param>
/// <param name="AssetClass">Equity, ETF or crypto.</param>
/// <param name="Group">The study's group.</param>
/// <param name="Subgroup">For miners, <c>ai_pivot</c> or <c>btc_centric</c>; null for everyone else.</param>
/// <param name="Note">Why the symbol sits in its group and sub-group.</param>
/// <param name="ListingNote">Listing history that matters for the series (late start, relisting, merger); empty if none.</param>
public sealed record UniverseMember(
    string Symbol, string Name, AssetClass AssetClass, SymbolGroup Group, MinerSubgroup? Subgroup, string Note, string ListingNote);
