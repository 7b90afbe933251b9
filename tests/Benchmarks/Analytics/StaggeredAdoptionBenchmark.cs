using BenchmarkDotNet.Attributes;
using Benchmarks.Loading;
using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Panel;

namespace Benchmarks.Analytics;

/// <summary>
/// The pivot experiment of notebook 03 on the bundled data: the stacked event-time and pooled regressions of the twelve
/// miners (seven cohorts, about 12,000 miner-sessions, 350 coefficients with the fixed effects) on bitcoin, the AI basket
/// orthogonalised to the Nasdaq-100 and the Nasdaq-100, with Driscoll–Kraay covariances and the pre-trend tests.
/// </summary>
[MemoryDiagnoser]
public class StaggeredAdoptionBenchmark
{
    private (SessionPanel Returns, IReadOnlyList<AdoptionUnit> Units) _study;

    /// <summary>The study's returns with the AI basket orthogonalised year by year, and each miner's treatment session.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = MarketData.Load(BenchmarkData.BundledDirectory());
        var returns = data.StudyReturns();
        var orthogonal = returns.Orthogonalised(StudyBaskets.AiCapexIndex, "QQQ", [Period.Year(2024), Period.Year(2025), Period.Year(2026)]);
        _study = (returns.With("AI_ORTH", orthogonal), data.SymbolsIn(SymbolGroup.Miner).Select(m => new AdoptionUnit(m, data.AiPivotFrom(m))).ToList());
    }

    /// <summary>Both stacked fits (event-time bins and pooled post) with their Driscoll–Kraay covariances.</summary>
    [Benchmark]
    public double StackedFitWithDriscollKraay() => StaggeredAdoption.Fit(_study.Returns, _study.Units, ["BTC-USD", "AI_ORTH", "QQQ"]).PostOf("BTC-USD").StandardError;
}
