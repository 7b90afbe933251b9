using BenchmarkDotNet.Attributes;
using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace Benchmarks.Analytics;

/// <summary>
/// A 3-factor OLS with intercept for each of 500 symbols over 2,520 sessions, with coefficients, standard
/// errors, t, p, R² and adjusted R² (pandas/numpy: <c>np.linalg.lstsq</c> per symbol plus the same statistics).
/// </summary>
[MemoryDiagnoser]
public class FactorRegressionBenchmark
{
    private SessionPanel _panel = null!;
    private IReadOnlyList<string> _symbols = null!;

    [GlobalSetup]
    public void Setup()
    {
        _panel = GeneratedPanel.Create(withMissing: false);
        _symbols = GeneratedPanel.StockSymbols(_panel);
    }

    /// <summary>The library call: shared factorisation of the factors, Shapley shares included.</summary>
    [Benchmark(Baseline = true)]
    public FactorRegressionTable FactorRegressions() => _panel.FactorRegressions(_symbols, GeneratedPanel.Factors);

    /// <summary>500 independent <see cref="Ols.Fit(ReadOnlySpan{double}, IReadOnlyList{double[]}, IReadOnlyList{string}?, OlsOptions?)"/> calls (no sharing).</summary>
    [Benchmark]
    public double IndependentFits()
    {
        var x = GeneratedPanel.Factors.Select(f => _panel[f]).ToArray();
        var sum = 0.0;
        foreach (var s in _symbols) sum += Ols.Fit(_panel[s], x, GeneratedPanel.Factors).RSquared;
        return sum;
    }
}
