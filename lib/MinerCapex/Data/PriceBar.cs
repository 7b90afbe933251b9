namespace MinerCapex.Data;

/// <summary>
/// One daily bar as Yahoo's CSV layout gives it. Every field may be unknown (<c>null</c> in the file):
/// WGMI has only Adj Close, BMNR has no Adj Close, ETH-USD from 2025-12-01 has only Close.
/// </summary>
/// <param name="Date">Session date (crypto: UTC calendar day).</param>
/// <param name="Open">Opening price, split-adjusted.</param>
/// <param name="High">High, split-adjusted.</param>
/// <param name="Low">Low, split-adjusted.</param>
/// <param name="Close">Close, split-adjusted but not dividend-adjusted.</param>
/// <param name="AdjClose">Close adjusted for splits and dividends (total return).</param>
/// <param name="Volume">Shares (or coin volume in USD for crypto) traded.</param>
public readonly record struct PriceBar(
    DateOnly Date, double? Open, double? High, double? Low, double? Close, double? AdjClose, double? Volume)
{
    /// <summary>The study's price: Adj Close, falling back to Close where Adj Close is unknown; null when both are.</summary>
    public double? StudyPrice => AdjClose ?? Close;
}
