using BenchmarkDotNet.Attributes;
using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace Benchmarks.Analytics;

/// <summary>The full 500×500 correlation matrix over 2,520 sessions (pandas: <c>df.corr()</c>).</summary>
[MemoryDiagnoser]
public class CorrelationMatrixBenchmark
{
    private SessionPanel _complete = null!;
    private SessionPanel _withMissing = null!;
    private IReadOnlyList<string> _symbols = null!;

    [GlobalSetup]
    public void Setup()
    {
        _complete = GeneratedPanel.Create(withMissing: false);
        _withMissing = GeneratedPanel.Create(withMissing: true);
        _symbols = GeneratedPanel.StockSymbols(_complete);
    }

    /// <summary>No missing values: standardised columns and a blocked SIMD Gram product.</summary>
    [Benchmark(Baseline = true)]
    public CorrelationMatrix Complete() => _complete.CorrelationMatrix(_symbols);

    /// <summary>50 symbols listed late: pairwise-complete engine (four Gram products).</summary>
    [Benchmark]
    public CorrelationMatrix PairwiseComplete() => _withMissing.CorrelationMatrix(_symbols);
}
