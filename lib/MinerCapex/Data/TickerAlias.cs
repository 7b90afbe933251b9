namespace MinerCapex.Data;

/// <summary>One row of <c>data/tickers.csv</c>: a symbol whose price file keeps its name while the provider serves it under another ticker.</summary>
/// <param name="Symbol">The symbol of the study, as in <c>data/prices/&lt;Symbol&gt;.csv</c> and <c>universe.csv</c>.</param>
/// <param name="ProviderSymbol">The ticker the provider (Yahoo) serves the same series under, e.g. <c>KEEL</c> for <c>BITF</c>.</param>
/// <param name="Since">The first session under the new ticker.</param>
/// <param name="Announced">When the change was announced, or null when unknown.</param>
/// <param name="Name">The company's name under the new ticker.</param>
/// <param name="SourceUrl">The page <paramref name="Since"/> was read from.</param>
/// <param name="Note">What happened and how sure the date is.</param>
public sealed record TickerAlias(string Symbol, string ProviderSymbol, DateOnly Since, DateOnly? Announced, string Name, string SourceUrl, string Note);
