using MathNet.Numerics;
using Microsoft.Data.Analysis;
using MinerCapex.Analytics.Numerics;
using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// A Chow test of equal regression coefficients (intercept and slopes) in two samples.
/// <c>F = ((SSR_pooled - SSR_1 - SSR_2) / p) / ((SSR_1 + SSR_2) / (n_1 + n_2 - 2p))</c> with
/// <c>p = k + 1</c> parameters, F-distributed with (p, n_1 + n_2 - 2p) degrees of freedom under equal
/// coefficients and homoskedastic errors.
/// </summary>
/// <param name="Symbol">Dependent series.</param>
/// <param name="Factors">Regressors.</param>
/// <param name="First">First sample's period.</param>
/// <param name="Second">Second sample's period.</param>
/// <param name="Observations1">Complete rows in the first sample.</param>
/// <param name="Observations2">Complete rows in the second sample.</param>
/// <param name="PooledSsr">SSR of one regression on both samples.</param>
/// <param name="Ssr1">SSR of the first sample's regression.</param>
/// <param name="Ssr2">SSR of the second sample's regression.</param>
/// <param name="F">The F statistic.</param>
/// <param name="NumeratorDf">p, the number of coefficients compared.</param>
/// <param name="DenominatorDf">n_1 + n_2 - 2p.</param>
/// <param name="P">Upper-tail p-value of F.</param>
public sealed record ChowTestResult(
    string Symbol, IReadOnlyList<string> Factors, Period First, Period Second, int Observations1, int Observations2,
    double PooledSsr, double Ssr1, double Ssr2, double F, int NumeratorDf, int DenominatorDf, double P);

/// <summary>
/// A scan of Chow F statistics over candidate break sessions (the sup-F or Quandt likelihood-ratio
/// search): each candidate splits the period's complete rows into before (sessions &lt; break) and from
/// the break on; candidates leave at least <see cref="Trim"/> of the rows, and more than p, on each side.
/// The most likely break is the candidate with the largest F.
/// </summary>
/// <remarks>
/// The <see cref="ChowTestResult.P"/> of <see cref="AtBest"/> is the pointwise F p-value: it ignores that the
/// break was chosen as the maximum, so it overstates significance. Judge <see cref="SupF"/> against the
/// sup-F (Andrews 1993) critical values for p restrictions and this trimming.
/// </remarks>
/// <param name="Symbol">Dependent series.</param>
/// <param name="Factors">Regressors.</param>
/// <param name="Period">The period scanned.</param>
/// <param name="Trim">Fraction of rows kept out of the search at each end.</param>
/// <param name="Breaks">Candidate break sessions (first session of the second regime).</param>
/// <param name="F">Chow F at each candidate.</param>
/// <param name="AtBest">The full Chow test at the most likely break.</param>
public sealed record ChowScanResult(
    string Symbol, IReadOnlyList<string> Factors, Period Period, double Trim, IReadOnlyList<DateOnly> Breaks, double[] F, ChowTestResult AtBest)
{
    /// <summary>The candidate break with the largest F.</summary>
    public DateOnly BestBreak => AtBest.Second.From;

    /// <summary>The largest F over the candidates.</summary>
    public double SupF => AtBest.F;

    /// <summary>Columns <c>break_session, f</c>.</summary>
    public DataFrame ToDataFrame() => new(Frames.Dates("break_session", Breaks), Frames.Doubles("f", F));
}

/// <summary>Chow tests for a change in a regression (a beta, or a factor model) between periods.</summary>
public static class ChowTests
{
    /// <summary>
    /// Chow test of <paramref name="symbol"/> on <paramref name="factors"/> between the sessions of
    /// <paramref name="period"/> before <paramref name="breakSession"/> and those from it on.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The break is not after the period's first day and inside it.</exception>
    /// <exception cref="InsufficientDataException">A side has p or fewer complete rows.</exception>
    public static ChowTestResult ChowTest(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, DateOnly breakSession, Period? period = null)
    {
        period ??= Period.All;
        if (breakSession <= period.From || breakSession > period.To)
            throw new ArgumentOutOfRangeException(nameof(breakSession), breakSession, $"The break must fall inside period '{period.Label}', after its first day.");
        var first = new Period(period.From, breakSession.AddDays(-1), $"before {breakSession:yyyy-MM-dd}");
        var second = new Period(breakSession, period.To, $"from {breakSession:yyyy-MM-dd}");
        return returns.ChowTest(symbol, factors, first, second);
    }

    /// <summary>Chow test of <paramref name="symbol"/> on <paramref name="factors"/> between two periods (which should not overlap).</summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="InsufficientDataException">A sample has p or fewer complete rows.</exception>
    /// <exception cref="ArgumentException">The periods overlap.</exception>
    public static ChowTestResult ChowTest(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, Period first, Period second)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.From <= second.To && second.From <= first.To)
            throw new ArgumentException($"Periods '{first.Label}' and '{second.Label}' overlap.", nameof(second));
        var y = returns[symbol];
        var x = factors.Select(f => returns[f]).ToList();
        var rows1 = RowsIn(returns, first, y, x);
        var rows2 = RowsIn(returns, second, y, x);
        return Compute(symbol, factors, first, second, y, x, rows1, rows2, null);
    }

    /// <summary>
    /// Scans every admissible break session of <paramref name="period"/> and reports the one with the
    /// largest Chow F (see <see cref="ChowScanResult"/>).
    /// </summary>
    /// <param name="returns">Panel of returns.</param>
    /// <param name="symbol">Dependent series.</param>
    /// <param name="factors">Regressors.</param>
    /// <param name="period">Sessions to scan; the whole panel when null.</param>
    /// <param name="trim">Fraction of complete rows excluded from the search at each end, in (0, 0.5); 0.15 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trim"/> is not in (0, 0.5).</exception>
    /// <exception cref="InsufficientDataException">Too few complete rows for any admissible break.</exception>
    public static ChowScanResult ChowScan(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, Period? period = null, double trim = 0.15)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(factors);
        if (!(trim > 0 && trim < 0.5))
            throw new ArgumentOutOfRangeException(nameof(trim), trim, "The trimming fraction must lie strictly between 0 and 0.5.");
        period ??= Period.All;
        var y = returns[symbol];
        var x = factors.Select(f => returns[f]).ToList();
        var rows = RowsIn(returns, period, y, x);
        var n = rows.Length;
        var p = factors.Count + 1;
        var edge = Math.Max(p + 1, (int)Math.Ceiling(trim * n));
        if (n - edge < edge)
            throw new InsufficientDataException($"A Chow break scan of {symbol} with trimming {trim}", 2 * edge, n);

        var pooled = Fit(y, x, rows, $"Chow scan of {symbol}").ResidualSumOfSquares;
        var breaks = new List<DateOnly>();
        var f = new List<double>();
        ChowTestResult? best = null;
        for (var j = edge; j <= n - edge; j++)
        {
            var breakSession = returns.Sessions[rows[j]];
            var first = new Period(period.From, breakSession.AddDays(-1), $"before {breakSession:yyyy-MM-dd}");
            var second = new Period(breakSession, period.To, $"from {breakSession:yyyy-MM-dd}");
            var test = Compute(symbol, factors, first, second, y, x, rows[..j], rows[j..], pooled);
            breaks.Add(breakSession);
            f.Add(test.F);
            if (best is null || test.F > best.F) best = test;
        }
        return new ChowScanResult(symbol, factors, period, trim, breaks, f.ToArray(), best!);
    }

    private static ChowTestResult Compute(string symbol, IReadOnlyList<string> factors, Period first, Period second, double[] y, List<double[]> x,
        int[] rows1, int[] rows2, double? pooledSsr)
    {
        var p = factors.Count + 1;
        var what = $"Chow test of {symbol}";
        if (rows1.Length <= p) throw new InsufficientDataException($"{what} ({first.Label})", p + 1, rows1.Length);
        if (rows2.Length <= p) throw new InsufficientDataException($"{what} ({second.Label})", p + 1, rows2.Length);
        var ssr1 = Fit(y, x, rows1, $"{what} ({first.Label})").ResidualSumOfSquares;
        var ssr2 = Fit(y, x, rows2, $"{what} ({second.Label})").ResidualSumOfSquares;
        var pooled = pooledSsr ?? Fit(y, x, rows1.Concat(rows2).ToArray(), what).ResidualSumOfSquares;
        var df2 = rows1.Length + rows2.Length - 2 * p;
        var f = (pooled - ssr1 - ssr2) / p / ((ssr1 + ssr2) / df2);
        // Upper tail of F(p, df2) through the regularised incomplete beta, accurate for tiny p-values too.
        var pValue = double.IsNaN(f) ? double.NaN : f <= 0 ? 1.0 : SpecialFunctions.BetaRegularized(df2 / 2.0, p / 2.0, df2 / (df2 + p * f));
        return new ChowTestResult(symbol, factors, first, second, rows1.Length, rows2.Length, pooled, ssr1, ssr2, f, p, df2, pValue);
    }

    private static OlsResult Fit(double[] y, List<double[]> x, int[] rows, string context)
    {
        var design = OlsDesign.Build(x, rows, Ols.Names(x.Count, null), context);
        var yRows = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) yRows[i] = y[rows[i]];
        return design.Fit(yRows, OlsOptions.Classical);
    }

    /// <summary>Rows of <paramref name="period"/> where y and every regressor are present.</summary>
    internal static int[] RowsIn(SessionPanel panel, Period period, double[] y, IReadOnlyList<double[]> x)
    {
        var range = period.Resolve(panel.Sessions);
        return Ols.CompleteRows(y.AsSpan(range.Start, range.Length), x, range.Start);
    }
}
