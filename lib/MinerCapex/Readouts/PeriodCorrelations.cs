using MinerCapex.Analytics;

namespace MinerCapex.Readouts;

/// <summary>The miner index's co-movement in one period, each statistic with its block-bootstrap interval.</summary>
/// <param name="Period">The period.</param>
/// <param name="Draws">The bootstrap behind the intervals.</param>
/// <param name="Bitcoin">Correlation with bitcoin.</param>
/// <param name="AiBasket">Correlation with the AI basket.</param>
/// <param name="Market">Correlation with the Nasdaq-100.</param>
/// <param name="BitcoinGivenMarket">Partial correlation with bitcoin given the Nasdaq-100.</param>
/// <param name="AiGivenMarket">Partial correlation with the AI basket given the Nasdaq-100.</param>
/// <param name="AiMinusBitcoin">The AI basket's correlation minus bitcoin's, with the bootstrap interval of the difference.</param>
/// <param name="Steiger">Steiger's and Williams' tests of equal AI and bitcoin correlations (they share the index).</param>
public sealed record PeriodCorrelations(Period Period, CovarianceBootstrap Draws,
    BootstrapInterval Bitcoin, BootstrapInterval AiBasket, BootstrapInterval Market,
    BootstrapInterval BitcoinGivenMarket, BootstrapInterval AiGivenMarket, BootstrapInterval AiMinusBitcoin,
    DependentCorrelationTest Steiger)
{
    /// <summary>The statistics of <paramref name="draws"/>.</summary>
    public static PeriodCorrelations Of(CovarianceBootstrap draws)
    {
        ArgumentNullException.ThrowIfNull(draws);
        var s = draws.Sample;
        const int idx = CorrelationStatistic.Index, btc = CorrelationStatistic.Bitcoin, ai = CorrelationStatistic.AiBasket;
        return new PeriodCorrelations(draws.Period, draws,
            draws.Interval(CorrelationStatistic.WithBitcoin.Of), draws.Interval(CorrelationStatistic.WithAiBasket.Of), draws.Interval(CorrelationStatistic.WithMarket.Of),
            draws.Interval(CorrelationStatistic.BitcoinGivenMarket.Of), draws.Interval(CorrelationStatistic.AiGivenMarket.Of), draws.Interval(CorrelationStatistic.AiMinusBitcoin.Of),
            DependentCorrelations.Compare(s.Correlation(idx, ai), s.Correlation(idx, btc), s.Correlation(ai, btc), draws.Observations));
    }
}
