using MinerCapex.Inference;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>The rolling correlation of one series with several factors, with the block bootstrap's 95% band on every session.</summary>
/// <param name="Series">The series (the miner index).</param>
/// <param name="Factors">The factors.</param>
/// <param name="Window">Sessions per window.</param>
/// <param name="BlockLength">The mean block length of every window's resample.</param>
/// <param name="Draws">Draws per window.</param>
/// <param name="Lower">Per factor, the 2.5% quantile on each session of the panel (NaN where the window is incomplete or outside the range).</param>
/// <param name="Upper">Per factor, the 97.5% quantile.</param>
public sealed record RollingBand(string Series, IReadOnlyList<string> Factors, int Window, double BlockLength, int Draws,
    IReadOnlyList<double[]> Lower, IReadOnlyList<double[]> Upper);

/// <summary>
/// Block bootstraps of the panel's co-movement statistics: one period's covariance of a few series, and the band of
/// a rolling correlation.
/// </summary>
/// <remarks>
/// <para>
/// Streams: period bootstrap number <c>s</c> draws from <c>StudyRandom(seed).Fork(s)</c>, and the window ending on
/// panel row <c>t</c> from <c>Fork(RollingStreams + t)</c>, so that each result is fixed by the seed whatever runs
/// before it or in parallel with it.
/// </para>
/// <para>
/// Block length: unless the options fix it, the largest Politis–White length (<see cref="BlockLength"/>) of the
/// cross-products <c>z₀,ₜ·zⱼ,ₜ</c> of the standardised first series with each other series. A correlation is
/// a mean of such products, so their dependence (volatility clusters make it strong) is what the blocks must
/// keep; the returns themselves are nearly uncorrelated and would get blocks of about one session.
/// </para>
/// </remarks>
public static class BlockBootstraps
{
    /// <summary>The first stream number of the rolling windows; period streams stay below it.</summary>
    public const int RollingStreams = 1000;

    /// <summary>
    /// Bootstraps the covariance of <paramref name="symbols"/> on the sessions of <paramref name="period"/> where all
    /// have a return, from stream <paramref name="stream"/> of the options' seed.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="InsufficientDataException">Fewer than 10 complete sessions.</exception>
    public static CovarianceBootstrap BlockBootstrap(this SessionPanel returns, IReadOnlyList<string> symbols, Period period, int stream, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        options ??= BootstrapOptions.Default;
        var range = Require.Sessions(returns, period);
        var columns = Complete(symbols.Select(s => returns[s]).ToList(), range.Start, range.End);
        var block = options.BlockLength ?? CrossProductBlockLength(columns);
        return CovarianceBootstrap.Draw(symbols, period, columns, block, options.Draws, new StudyRandom(options.Seed).Fork(stream));
    }

    /// <summary>The largest Politis–White length of the standardised cross-products of column 0 with each other column.</summary>
    public static double CrossProductBlockLength(IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var z = columns.Select(Standardised).ToList();
        return Enumerable.Range(1, z.Count - 1).Max(j => BlockLength.PolitisWhite(z[0].Select((v, t) => v * z[j][t]).ToArray()));
    }

    /// <summary>
    /// The block-bootstrap band of the rolling <paramref name="window"/>-session correlation of <paramref name="series"/>
    /// with each factor, on every session of <paramref name="range"/> whose window is complete. All windows use one
    /// block length, chosen on the range (a 60-session window is too short to choose its own).
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    public static RollingBand RollingCorrelationBand(this SessionPanel returns, string series, IReadOnlyList<string> factors, int window, Period range, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        options ??= BootstrapOptions.Default;
        Require.Window(window, returns.Length, nameof(window));
        var rows = Require.Sessions(returns, range);
        var columns = new[] { returns[series] }.Concat(factors.Select(f => returns[f])).ToList();
        var block = options.BlockLength ?? CrossProductBlockLength(Complete(columns, rows.Start, rows.End));
        var lower = factors.Select(_ => Filled(returns.Length)).ToList();
        var upper = factors.Select(_ => Filled(returns.Length)).ToList();
        var root = new StudyRandom(options.Seed);
        Parallel.For(rows.Start, rows.End, () => new WindowScratch(window, factors.Count, options.Draws), (t, _, scratch) =>
        {
            var first = t - window + 1;
            if (first < 0 || columns.Any(c => HasGap(c, first, window))) return scratch;
            var random = root.Fork(RollingStreams + t);
            for (var b = 0; b < options.Draws; b++)
            {
                StationaryBootstrap.Resample(scratch.Rows, block, random);
                for (var j = 0; j < factors.Count; j++)
                    scratch.Replicates[j][b] = ResampledCorrelation(columns[0], columns[j + 1], first, scratch.Rows);
            }
            for (var j = 0; j < factors.Count; j++)
            {
                Array.Sort(scratch.Replicates[j]);
                lower[j][t] = BootstrapInterval.Quantile(scratch.Replicates[j], 0.025);
                upper[j][t] = BootstrapInterval.Quantile(scratch.Replicates[j], 0.975);
            }
            return scratch;
        }, _ => { });
        return new RollingBand(series, factors, window, block, options.Draws, lower, upper);
    }

    // One worker's buffers, reused from window to window so that the 2,000 draws of a window allocate nothing.
    private sealed class WindowScratch(int window, int factors, int draws)
    {
        public int[] Rows { get; } = new int[window];

        public double[][] Replicates { get; } = Enumerable.Range(0, factors).Select(_ => new double[draws]).ToArray();
    }

    // The correlation of x and y on the resampled rows (offsets from first), with the same centring as SampleCovariance.
    private static double ResampledCorrelation(double[] x, double[] y, int first, int[] rows)
    {
        double mx = 0, my = 0;
        foreach (var r in rows)
        {
            mx += x[first + r];
            my += y[first + r];
        }
        mx /= rows.Length;
        my /= rows.Length;
        double sxx = 0, syy = 0, sxy = 0;
        foreach (var r in rows)
        {
            double dx = x[first + r] - mx, dy = y[first + r] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Filled(int n) => Enumerable.Repeat(double.NaN, n).ToArray();

    private static bool HasGap(double[] column, int start, int length)
    {
        foreach (var v in column.AsSpan(start, length))
            if (double.IsNaN(v)) return true;
        return false;
    }

    // The rows of [start, end) on which every column is present, column by column.
    private static List<double[]> Complete(IReadOnlyList<double[]> columns, int start, int end)
    {
        var keep = Enumerable.Range(start, end - start).Where(t => columns.All(c => !double.IsNaN(c[t]))).ToArray();
        return columns.Select(c => keep.Select(t => c[t]).ToArray()).ToList();
    }

    private static double[] Standardised(double[] x)
    {
        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        return x.Select(v => (v - mean) / sd).ToArray();
    }
}
