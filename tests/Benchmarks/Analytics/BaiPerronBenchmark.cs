using BenchmarkDotNet.Attributes;
using MinerCapex.Analytics;

namespace Benchmarks.Analytics;

/// <summary>
/// Bai–Perron multiple breaks on 700 generated sessions × 4 regressors (three factors and the intercept), m = 0..3,
/// h = ⌊0.15 n⌋: the SSR triangle, the dynamic program, BIC/LWZ, sup-F(ℓ+1|ℓ) and every break's 95% interval, as
/// notebook 03's cell computes them. Issue 20's budget: under 2 s on the 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class BaiPerronBenchmark
{
    private const int Sessions = 700;
    private DateOnly[] _dates = null!;
    private double[] _y = null!;
    private double[][] _x = null!;

    /// <summary>Factor-structured returns (the <see cref="GeneratedPanel"/> recipe) whose loadings shift at sessions 250 and 480.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20261206);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        _x = GeneratedPanel.Factors.Select(_ => Enumerable.Range(0, Sessions).Select(_ => 0.01 * Normal()).ToArray()).ToArray();
        _y = new double[Sessions];
        for (var t = 0; t < Sessions; t++)
        {
            double[] b = t < 250 ? [1.4, 0.2, 0.3] : t < 480 ? [0.9, 0.8, 0.3] : [0.7, 1.1, 0.1];
            _y[t] = 0.0002 + b[0] * _x[0][t] + b[1] * _x[1][t] + b[2] * _x[2][t] + 0.02 * Normal();
        }
        _dates = Enumerable.Range(0, Sessions).Select(t => new DateOnly(2024, 1, 1).AddDays(t)).ToArray();
    }

    /// <summary>The whole estimation, up to three breaks.</summary>
    [Benchmark]
    public int BaiPerronUpToThreeBreaks() =>
        BaiPerron.Estimate("y", GeneratedPanel.Factors, Period.All, _dates, _y, _x).SequentialBreaks;
}
