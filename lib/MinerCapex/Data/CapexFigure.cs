namespace MinerCapex.Data;

/// <summary>One row of <c>data/capex.csv</c>: a capex or financing figure the study cites.</summary>
/// <param name="Entity">Who spends, borrows, signs or holds (e.g. <c>AMZN</c>, <c>US miners</c>).</param>
/// <param name="Kind">What the figure measures.</param>
/// <param name="AmountUsdBn">US$ billions, or null for a pure capacity figure.</param>
/// <param name="Gw">Gigawatts, or null.</param>
/// <param name="Date">When the figure was announced or reported.</param>
/// <param name="Period">What span it covers, e.g. <c>2025</c>, <c>FY2025</c>, <c>5 years</c>.</param>
/// <param name="SourceUrl">Where it was read.</param>
/// <param name="Note">Context: ranges, order books, caveats.</param>
/// <param name="Verified">False for figures seen only in one unconfirmed source; charts must label them.</param>
/// <param name="OrderBookUsdBn">Bonds only: peak orders in US$ billions, or null (other kinds, or book not reported).</param>
public sealed record CapexFigure(
    string Entity, CapexKind Kind, double? AmountUsdBn, double? Gw, DateOnly Date, string Period, string SourceUrl, string Note, bool Verified,
    double? OrderBookUsdBn = null);
