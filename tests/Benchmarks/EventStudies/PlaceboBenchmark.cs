using BenchmarkDotNet.Attributes;
using Benchmarks.Loading;
using MinerCapex.EventStudies;
using MinerCapex.Indices;
using MinerCapex.Panel;

namespace Benchmarks.EventStudies;

/// <summary>
/// The placebo run of notebook 4 on the bundled data: 2,000 sets of placebo days for the full catalog's AI and
/// bitcoin event days × the 12 miners, model A, window [0,+1], seed 20251103. Notebook 4 runs it once; it must stay
/// under 5 s on a 2-core machine for the notebook to stay interactive.
/// </summary>
[MemoryDiagnoser]
public class PlaceboBenchmark
{
    // The study, its disjoint AI and bitcoin days, and the miners: everything but the draws, built once.
    private (EventStudyResult Study, DisjointPools Pools, StudyGroup Miners) _run;

    /// <summary>Loads the bundled data and runs the study once; the benchmark is the placebo run alone.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = MarketData.Load(BenchmarkData.BundledDirectory());
        var groups = StudyGroups.FromUniverse(data.Universe);
        var study = EventStudy.Run(data.StudyReturns(), data.Events, groups, EventStudyOptions.Default with { Model = EventStudyModel.MarketModel });
        _run = (study, study.Disjoint("ai", "btc"), groups.Groups.Single(g => g.Name == "miners"));
        Console.WriteLine(FormattableString.Invariant(
            $"// placebo: {_run.Pools.Days.Count} AI days, {_run.Pools.OtherDays.Count} bitcoin days, {_run.Miners.Symbols.Count} miners, {PlaceboDays.DefaultDraws} sets"));
    }

    /// <summary>2,000 placebo sets and the six distributions of the headline comparison.</summary>
    [Benchmark]
    public IReadOnlyList<PlaceboDistribution> Placebo() => _run.Study.Placebo(_run.Pools, _run.Miners, new EventWindow(0, 1));
}
