using BenchmarkDotNet.Attributes;
using MinerCapex.Panel;

namespace Benchmarks.Loading;

/// <summary>
/// Loading the bundled snapshot (28 files, 2023-01-03..2026-01-30) into the study-price panel, catalogs included
/// when present. Compare with <c>pandas_load.py</c> on the same folder.
/// </summary>
[MemoryDiagnoser]
public class SnapshotLoadBenchmark
{
    private string _data = "";

    /// <summary>Finds the clone's data folder once.</summary>
    [GlobalSetup]
    public void Setup() => _data = BenchmarkData.BundledDirectory();

    /// <summary>Every file parsed and checked, sessions from SPY, the default panel built.</summary>
    [Benchmark]
    public SessionPanel LoadSnapshotPanel() => MarketData.Load(_data).Prices;
}
