using MinerCapex.Analytics;

namespace MinerCapex.Readouts;

/// <summary>
/// A co-movement statistic of the miner index, computed from the covariance of the bootstrapped series
/// (<see cref="CorrelationEvidence.Symbols"/>: the miner index, bitcoin, the AI basket, the Nasdaq-100, in that order).
/// </summary>
/// <param name="Label">The name a table shows, e.g. "ρ AI basket | Nasdaq-100".</param>
/// <param name="Of">The statistic of one covariance matrix (a sample or a draw).</param>
public sealed record CorrelationStatistic(string Label, Func<SampleCovariance, double> Of)
{
    internal const int Index = 0, Bitcoin = 1, AiBasket = 2, Market = 3;

    /// <summary>The index's correlation with bitcoin.</summary>
    public static CorrelationStatistic WithBitcoin { get; } = new("ρ bitcoin", c => c.Correlation(Index, Bitcoin));

    /// <summary>The index's correlation with the AI basket.</summary>
    public static CorrelationStatistic WithAiBasket { get; } = new("ρ AI basket", c => c.Correlation(Index, AiBasket));

    /// <summary>The index's correlation with the Nasdaq-100.</summary>
    public static CorrelationStatistic WithMarket { get; } = new("ρ Nasdaq-100", c => c.Correlation(Index, Market));

    /// <summary>The partial correlation with the AI basket given the Nasdaq-100.</summary>
    public static CorrelationStatistic AiGivenMarket { get; } = new("partial ρ AI basket | Nasdaq-100", c => c.PartialCorrelation(Index, AiBasket, Market));

    /// <summary>The partial correlation with bitcoin given the Nasdaq-100.</summary>
    public static CorrelationStatistic BitcoinGivenMarket { get; } = new("partial ρ bitcoin | Nasdaq-100", c => c.PartialCorrelation(Index, Bitcoin, Market));

    /// <summary>The AI basket's correlation minus bitcoin's.</summary>
    public static CorrelationStatistic AiMinusBitcoin { get; } = new("ρ AI basket − ρ bitcoin", c => c.Correlation(Index, AiBasket) - c.Correlation(Index, Bitcoin));

    /// <summary>The statistics tracked from period to period.</summary>
    public static IReadOnlyList<CorrelationStatistic> Tracked { get; } = [WithBitcoin, WithAiBasket, WithMarket, BitcoinGivenMarket, AiGivenMarket];
}
