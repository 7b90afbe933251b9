using BenchmarkDotNet.Attributes;
using MinerCapex.Analytics;
using Benchmarks.Loading;
using MinerCapex.Indices;
using MinerCapex.Panel;

namespace Benchmarks.Analytics;

/// <summary>
/// The inference of issue 20 on the bundled data: the stationary block bootstrap (2,000 draws) of every series of
/// notebook 02's regime table (the miner index, its halves and WGMI, each jointly with bitcoin, the AI basket and the
/// Nasdaq-100) in the three periods, the rolling 60-session band, and the HAC sup-Wald scan of the whole window.
/// Each must stay under 2 s on the 2-core machine so that rerunning a cell stays interactive.
/// </summary>
[MemoryDiagnoser]
public class CoMovementInferenceBenchmark
{
    private static readonly string[] Series = [StudyBaskets.MinerIndex, StudyBaskets.AiPivotIndex, StudyBaskets.BtcCentricIndex, "WGMI"];
    private static readonly string[] Factors = ["BTC-USD", StudyBaskets.AiCapexIndex, "QQQ"];
    private static readonly Period[] Periods = [Period.Year(2024), Period.Year(2025), Period.Year(2026)];
    private SessionPanel _returns = null!;

    /// <summary>The study's returns with the two halves' indices, loaded once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = MarketData.Load(BenchmarkData.BundledDirectory());
        _returns = data.StudyReturns().WithLogReturns(data.SubgroupIndexSeries(MinerCapex.Data.MinerSubgroup.AiPivot), data.SubgroupIndexSeries(MinerCapex.Data.MinerSubgroup.BtcCentric));
    }

    /// <summary>4 series × 3 periods, each bootstrapped jointly with the 3 factors, 2,000 draws: every pair of the table.</summary>
    [Benchmark]
    public int BlockBootstrapEveryPair()
    {
        var draws = 0;
        foreach (var s in Series)
            for (var k = 0; k < Periods.Length; k++)
                draws += _returns.BlockBootstrap([s, .. Factors], Periods[k], k).Draws;
        return draws;
    }

    /// <summary>The 95% band of the rolling 60-session correlation with bitcoin and the AI basket, 2,000 draws per window, 2024 to the last session.</summary>
    [Benchmark]
    public RollingBand RollingBand() =>
        _returns.RollingCorrelationBand(StudyBaskets.MinerIndex, ["BTC-USD", StudyBaskets.AiCapexIndex], 60, new Period(new DateOnly(2024, 1, 1), DateOnly.MaxValue));

    /// <summary>The HAC sup-Wald scan of all four coefficients over 2024 to the last session (about 690 sessions × 4 regressors).</summary>
    [Benchmark]
    public double HacSupWaldAllCoefficients() =>
        _returns.SupWaldScan(StudyBaskets.MinerIndex, Factors, ["const", .. Factors], new Period(new DateOnly(2024, 1, 1), DateOnly.MaxValue)).SupWald;
}
