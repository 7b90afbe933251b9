using MathNet.Numerics.LinearAlgebra;
using MinerCapex.Analytics.Numerics;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Bai and Perron's (1998, 2003) multiple structural breaks, computed as R's strucchange computes
/// <c>breakpoints(y ~ x, h = ε)</c>, <c>summary()</c> and <c>confint()</c> (see <see cref="BaiPerronResult"/>).
/// </summary>
public static class BaiPerron
{
    /// <summary>
    /// The breaks of <paramref name="symbol"/>'s regression on <paramref name="factors"/> (complete rows of
    /// <paramref name="period"/>), for 0 to <paramref name="maxBreaks"/> breaks with regimes at least ⌊<paramref name="trim"/> n⌋ rows long.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trim"/> is not in (0, 0.5) or <paramref name="maxBreaks"/> is negative.</exception>
    /// <exception cref="InsufficientDataException">The minimum regime holds no more rows than coefficients, or <paramref name="maxBreaks"/> breaks do not fit.</exception>
    public static BaiPerronResult BaiPerronBreaks(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, Period period, int maxBreaks = 3, double trim = 0.15)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(factors);
        var y = returns[symbol];
        var x = factors.Select(f => returns[f]).ToList();
        var rows = ChowTests.RowsIn(returns, period, y, x);
        return Estimate(symbol, factors, period, rows.Select(t => returns.Sessions[t]).ToArray(),
            rows.Select(t => y[t]).ToArray(), x.Select(c => rows.Select(t => c[t]).ToArray()).ToList(), maxBreaks, trim);
    }

    /// <summary>The breaks of <paramref name="y"/> on <paramref name="x"/> (complete, aligned rows, one session each).</summary>
    /// <param name="symbol">Name of the dependent series, for the result.</param>
    /// <param name="factors">Names of the regressors.</param>
    /// <param name="period">The period the rows cover, for the result.</param>
    /// <param name="sessions">The session of each row.</param>
    /// <param name="y">Dependent values.</param>
    /// <param name="x">Regressor columns.</param>
    /// <param name="maxBreaks">The most breaks searched (strucchange's <c>breaks</c>).</param>
    /// <param name="trim">ε in (0, 0.5); h = ⌊ε n⌋.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trim"/> is not in (0, 0.5) or <paramref name="maxBreaks"/> is negative.</exception>
    /// <exception cref="InsufficientDataException">The minimum regime holds no more rows than coefficients, or <paramref name="maxBreaks"/> breaks do not fit.</exception>
    public static BaiPerronResult Estimate(string symbol, IReadOnlyList<string> factors, Period period, IReadOnlyList<DateOnly> sessions,
        double[] y, IReadOnlyList<double[]> x, int maxBreaks = 3, double trim = 0.15)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(x);
        if (!(trim > 0 && trim < 0.5)) throw new ArgumentOutOfRangeException(nameof(trim), trim, "The trimming fraction must lie strictly between 0 and 0.5.");
        ArgumentOutOfRangeException.ThrowIfNegative(maxBreaks);
        foreach (var column in x) Require.SameLength(y.Length, column.Length, nameof(x));
        Require.SameLength(y.Length, sessions.Count, nameof(sessions));
        var n = y.Length;
        var k = x.Count + 1;
        var h = (int)Math.Floor(trim * n);
        if (h <= k) throw new InsufficientDataException($"Bai–Perron breaks of {symbol} with trimming {trim} (a regime must hold more rows than its {k} coefficients)", (int)Math.Ceiling((k + 1) / trim), n);
        if ((maxBreaks + 1) * h > n) throw new InsufficientDataException($"{maxBreaks} Bai–Perron breaks of {symbol} with regimes of at least {h} rows", (maxBreaks + 1) * h, n);

        var ssr = SegmentSsr.Compute(y, x, h);
        var breaks = OptimalBreaks(ssr, maxBreaks);
        var design = Design(y, x);
        var partitions = breaks.Select(b =>
        {
            var total = Total(ssr, b);
            var intervals = b.Select((_, i) => Interval(design, y, b, i, sessions, 0.95)).ToList();
            return new BreakPartition(b, b.Select(v => sessions[v]).ToList(), total, Bic(total, n, k, b.Length), Lwz(total, n, k, b.Length), intervals);
        }).ToList();
        var tests = Enumerable.Range(0, maxBreaks).Select(l =>
        {
            var (stat, at, splits) = SupFNext(ssr, breaks[l], k);
            // No regime of the ℓ-break partition may be long enough (2h) for one more break: then there is no test.
            if (splits.Count == 0) return new NextBreakTest(l, double.NaN, -1, null, double.NaN, BaiPerronCriticalValues.For(k, l, trim));
            var robust = splits.Max(s => RobustWald(y, x, s.Start, s.Split, s.End));
            return new NextBreakTest(l, stat, at, sessions[at], robust, BaiPerronCriticalValues.For(k, l, trim));
        }).ToList();
        return new BaiPerronResult(symbol, factors, period, trim, h, n, partitions, tests);
    }

    // The dynamic program (Bai and Perron 2003, section 3; strucchange's extend.RSS.table and extract.breaks):
    // best[s][i] is the least SSR of rows [0, i) split into s regimes, for i ≤ n − h; ties go to the earliest break.
    private static int[][] OptimalBreaks(SegmentSsr ssr, int maxBreaks)
    {
        var n = ssr.Rows;
        var h = ssr.MinimumLength;
        var best = new double[maxBreaks + 1][];
        var from = new int[maxBreaks + 1][];
        best[1] = new double[n + 1];
        from[1] = new int[n + 1];
        for (var i = h; i <= n - h; i++) best[1][i] = ssr[0, i];
        for (var s = 2; s <= maxBreaks; s++)
        {
            best[s] = new double[n + 1];
            from[s] = new int[n + 1];
            for (var i = s * h; i <= n - h; i++)
            {
                var min = double.PositiveInfinity;
                for (var j = (s - 1) * h; j <= i - h; j++)
                {
                    var v = best[s - 1][j] + ssr[j, i];
                    if (v < min) (min, from[s][i]) = (v, j);
                }
                best[s][i] = min;
            }
        }
        var result = new int[maxBreaks + 1][];
        result[0] = [];
        for (var m = 1; m <= maxBreaks; m++)
        {
            var min = double.PositiveInfinity;
            var last = -1;
            for (var b = m * h; b <= n - h; b++)
            {
                var v = best[m][b] + ssr[b, n];
                if (v < min) (min, last) = (v, b);
            }
            var bs = new int[m];
            bs[m - 1] = last;
            for (var s = m; s >= 2; s--) bs[s - 2] = from[s][bs[s - 1]];
            result[m] = bs;
        }
        return result;
    }

    private static double Total(SegmentSsr ssr, int[] breaks)
    {
        var edges = Edges(breaks, ssr.Rows);
        var total = 0.0;
        for (var i = 0; i + 1 < edges.Length; i++) total += ssr[edges[i], edges[i + 1]];
        return total;
    }

    private static int[] Edges(int[] breaks, int n) => [0, .. breaks, n];

    private static double Bic(double ssr, int n, int k, int m) =>
        n * (Math.Log(ssr) + 1 - Math.Log(n) + Math.Log(2 * Math.PI)) + Math.Log(n) * (k + 1) * (m + 1);

    private static double Lwz(double ssr, int n, int k, int m)
    {
        var p = (m + 1) * k + m;
        return Math.Log(ssr / (n - p)) + (double)p / n * 0.299 * Math.Pow(Math.Log(n), 2.1);
    }

    // Also returns each testable regime's SSR-minimising split, where the Newey–West statistic is evaluated.
    private static (double Statistic, int At, List<(int Start, int Split, int End)> Splits) SupFNext(SegmentSsr ssr, int[] breaks, int k)
    {
        var h = ssr.MinimumLength;
        var edges = Edges(breaks, ssr.Rows);
        var best = (Statistic: double.NegativeInfinity, At: -1);
        var splits = new List<(int, int, int)>();
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var (a, b) = (edges[i], edges[i + 1]);
            if (b - a < 2 * h) continue;
            var whole = ssr[a, b];
            var (least, where) = (double.PositiveInfinity, -1);
            for (var tau = a + h; tau <= b - h; tau++)
            {
                var split = ssr[a, tau] + ssr[tau, b];
                if (split < least) (least, where) = (split, tau);
            }
            // Within a regime F(τ) falls as the split's SSR rises, so its largest F is at the least SSR.
            var f = (whole - least) / (least / (b - a - 2 * k));
            if (f > best.Statistic) best = (f, where);
            splits.Add((a, where, b));
        }
        return (best.Statistic, best.At, splits);
    }

    // (n − 2k)/n · d'V⁻¹d for a shift d in every coefficient at row split of rows [start, end), Newey–West V.
    private static double RobustWald(double[] y, IReadOnlyList<double[]> x, int start, int split, int end)
    {
        var n = end - start;
        var k = x.Count + 1;
        var columns = x.Select(c => c[start..end]).ToList();
        var shifts = new List<double[]> { Enumerable.Range(start, n).Select(t => t >= split ? 1.0 : 0.0).ToArray() };
        shifts.AddRange(x.Select(c => Enumerable.Range(start, n).Select(t => t >= split ? c[t] : 0.0).ToArray()));
        var fit = Ols.Fit(y.AsSpan(start, n), [.. columns, .. shifts], null, OlsOptions.NeweyWest(NeweyWestLag.Default(n)));
        var d = Vector<double>.Build.Dense(k, i => fit.Coefficients[k + i].Estimate);
        var v = Matrix<double>.Build.Dense(k, k, (i, j) => fit.CoefficientCovariance(k + i, k + j));
        return (n - 2.0 * k) / n * d.DotProduct(v.Solve(d));
    }

    // Rows of [1, x].
    private static Matrix<double> Design(double[] y, IReadOnlyList<double[]> x) =>
        Matrix<double>.Build.Dense(y.Length, x.Count + 1, (t, j) => j == 0 ? 1.0 : x[j - 1][t]);

    private sealed record Regime(Vector<double> Beta, Matrix<double> Moments, double Variance);

    private static Regime Fit(Matrix<double> design, double[] y, int start, int end)
    {
        var xs = design.SubMatrix(start, end - start, 0, design.ColumnCount);
        var ys = Vector<double>.Build.Dense(y[start..end]);
        var beta = xs.QR().Solve(ys);
        var residuals = ys - xs * beta;
        return new Regime(beta, xs.TransposeThisAndMultiply(xs) / (end - start), residuals.DotProduct(residuals) / (end - start));
    }

    // strucchange's confint.breakpointsfull with het.reg = TRUE, het.err = TRUE and no vcov.: the regimes on each side
    // of break i give δ = β₂ − β₁, Q₁, Q₂ and σ₁², σ₂²; with ξ = δ'Q₂δ/δ'Q₁δ, φⱼ = σⱼ, the interval is the break minus
    // the α/2 and 1 − α/2 quantiles of the argmax distribution (Bai 1997), scaled by σ₁²/δ'Q₁δ and rounded outward.
    private static BreakDateInterval? Interval(Matrix<double> design, double[] y, int[] breaks, int i, IReadOnlyList<DateOnly> sessions, double level)
    {
        var edges = Edges(breaks, y.Length);
        var before = Fit(design, y, edges[i], edges[i + 1]);
        var after = Fit(design, y, edges[i + 1], edges[i + 2]);
        var delta = after.Beta - before.Beta;
        var q1 = delta.DotProduct(before.Moments * delta);
        var q2 = delta.DotProduct(after.Moments * delta);
        var (xi, phi1, phi2) = (q2 / q1, Math.Sqrt(before.Variance), Math.Sqrt(after.Variance));
        var a2 = (1 - level) / 2;
        var p0 = ArgmaxDistribution.Cdf(0, xi, phi1, phi2);
        if (double.IsNaN(p0) || p0 < a2 || p0 > 1 - a2) return null;
        var scale = before.Variance / q1;
        var upper = ArgmaxDistribution.Quantile(1 - a2, xi, phi1, phi2) * scale;
        var lower = ArgmaxDistribution.Quantile(a2, xi, phi1, phi2) * scale;
        var b = breaks[i];
        var (lo, hi) = (b - (int)Math.Ceiling(upper), b - (int)Math.Floor(lower));
        DateOnly At(int row) => sessions[Math.Clamp(row, 0, sessions.Count - 1)];
        return new BreakDateInterval(b, lo, hi, sessions[b], At(lo), At(hi), level);
    }
}
