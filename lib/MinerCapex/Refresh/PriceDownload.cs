using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>What a provider returned for one symbol.</summary>
/// <param name="Symbol">The symbol asked for.</param>
/// <param name="Provider">The provider's <see cref="IPriceProvider.Name"/>.</param>
/// <param name="Bars">Completed bars, strictly increasing by date.</param>
/// <param name="Actions">Dividends and splits the provider reported in the range; a split or dividend makes older adjusted figures stale.</param>
/// <param name="Notes">Rows the provider sent but that were not kept, and why (a session still trading, a row of nulls).</param>
/// <param name="Attempts">HTTP requests made, retries included.</param>
public sealed record PriceDownload(
    string Symbol,
    string Provider,
    IReadOnlyList<PriceBar> Bars,
    IReadOnlyList<CorporateAction> Actions,
    IReadOnlyList<string> Notes,
    int Attempts);
