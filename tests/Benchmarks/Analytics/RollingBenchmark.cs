using BenchmarkDotNet.Attributes;
using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace Benchmarks.Analytics;

/// <summary>
/// Rolling 60-session correlation and beta of all 500 symbols against one factor
/// (pandas: <c>df.rolling(60).corr(f)</c> and <c>df.rolling(60).cov(f) / f.rolling(60).var()</c>).
/// </summary>
[MemoryDiagnoser]
public class RollingBenchmark
{
    private SessionPanel _panel = null!;
    private IReadOnlyList<string> _symbols = null!;

    [GlobalSetup]
    public void Setup()
    {
        _panel = GeneratedPanel.Create(withMissing: true);
        _symbols = GeneratedPanel.StockSymbols(_panel);
    }

    /// <summary>Correlation and beta together, one O(T) pass per symbol.</summary>
    [Benchmark(Baseline = true)]
    public RelationTable Window60() => _panel.RollingRelations(_symbols, ["F1"], RollingScheme.Window(60));

    /// <summary>The exponentially weighted variant, half-life 30 sessions.</summary>
    [Benchmark]
    public RelationTable HalfLife30() => _panel.RollingRelations(_symbols, ["F1"], RollingScheme.HalfLife(30));
}
