using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>A Yahoo chart response, decoded: daily bars dated by exchange-local session.</summary>
/// <param name="Symbol">The symbol the response is for (<c>meta.symbol</c>).</param>
/// <param name="ExchangeTimeZone">The time zone the session dates were taken in, e.g. <c>America/New_York</c>.</param>
/// <param name="Bars">Completed bars, strictly increasing by date.</param>
/// <param name="Actions">Dividends and splits in the response, by date.</param>
/// <param name="Notes">Rows left out and why.</param>
public sealed record YahooChart(
    string Symbol,
    string ExchangeTimeZone,
    IReadOnlyList<PriceBar> Bars,
    IReadOnlyList<CorporateAction> Actions,
    IReadOnlyList<string> Notes);
