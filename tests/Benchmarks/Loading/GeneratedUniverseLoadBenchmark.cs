using BenchmarkDotNet.Attributes;
using MinerCapex.Panel;

namespace Benchmarks.Loading;

/// <summary>
/// Loading a generated universe of 500 symbols × 2,520 sessions, written in the bundled files' layout, into the
/// study-price panel. The files go to a fresh temp folder, deleted afterwards, unless the environment variable
/// <c>MINERCAPEX_BENCH_DIR</c> names a folder to write (and keep) them in, so that <c>pandas_load.py</c> can read
/// the very same files.
/// </summary>
[MemoryDiagnoser]
public class GeneratedUniverseLoadBenchmark
{
    /// <summary>Files in the generated universe (SPY included).</summary>
    public const int Symbols = 500;

    /// <summary>Sessions per full-length file: ten years of trading days.</summary>
    public const int Sessions = 2520;

    private string _data = "";
    private bool _owned;

    /// <summary>Writes the files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kept = Environment.GetEnvironmentVariable("MINERCAPEX_BENCH_DIR");
        _owned = string.IsNullOrEmpty(kept);
        _data = _owned ? Path.Combine(Path.GetTempPath(), "minercapex-bench-" + Guid.NewGuid().ToString("N")) : kept!;
        BenchmarkData.WriteGenerated(_data, Symbols, Sessions);
    }

    /// <summary>Deletes the files unless they were asked to be kept.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_owned && Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    /// <summary>Every file parsed and checked, sessions from SPY, the default panel built.</summary>
    [Benchmark]
    public SessionPanel LoadGeneratedPanel() => MarketData.Load(_data).Prices;
}
