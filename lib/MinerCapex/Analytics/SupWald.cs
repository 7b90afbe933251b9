using MathNet.Numerics.LinearAlgebra;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Andrews' (1993) sup-Wald test of a break at an unknown session in some coefficients of a regression, with Newey–West
/// covariance, so that fat tails and volatility clusters do not make the test reject too often.
/// </summary>
/// <param name="Symbol">The dependent series.</param>
/// <param name="Factors">The regressors (an intercept is added).</param>
/// <param name="Tested">The coefficients whose shift is tested (<see cref="OlsResult.Intercept"/> and/or factors).</param>
/// <param name="Period">The scanned sessions.</param>
/// <param name="Trim">Share of complete rows kept out of the search at each end.</param>
/// <param name="Lag">Newey–West lag.</param>
/// <param name="Breaks">Candidate break sessions (first session of the second regime).</param>
/// <param name="Wald">The Wald statistic of no shift at each candidate.</param>
public sealed record SupWaldResult(string Symbol, IReadOnlyList<string> Factors, IReadOnlyList<string> Tested, Period Period, double Trim, int Lag,
    IReadOnlyList<DateOnly> Breaks, double[] Wald)
{
    /// <summary>Restrictions q.</summary>
    public int Restrictions => Tested.Count;

    /// <summary>The largest Wald statistic.</summary>
    public double SupWald => Wald.Max();

    /// <summary>The session of <see cref="SupWald"/>.</summary>
    public DateOnly BestBreak => Breaks[Array.IndexOf(Wald, SupWald)];

    /// <summary>
    /// Andrews' critical values on the Wald (χ²) scale: q times the F-scale values of <see cref="SupFCriticalValues"/>
    /// (Andrews 1993, Table 1, as tabulated by Stock and Watson); null when untabulated for this q and trim.
    /// </summary>
    public SupFCriticalValue? Critical => SupFCriticalValues.For(Restrictions, Trim) is { } c
        ? new SupFCriticalValue(c.TenPercent * Restrictions, c.FivePercent * Restrictions, c.OnePercent * Restrictions) : null;
}

/// <summary>Sup-Wald break scans over a panel.</summary>
public static class SupWaldTests
{
    /// <summary>
    /// At every admissible session τ (the same candidates as <see cref="ChowTests.ChowScan"/>), fits
    /// <c>y = Xb + D_τ·X_S d + e</c> with <c>D_τ = 1{t ≥ τ}</c> and <c>X_S</c> the <paramref name="tested"/> columns,
    /// and computes <c>W(τ) = d'V_dd⁻¹d</c> with the Newey–West covariance of the whole fit.
    /// </summary>
    /// <param name="returns">Panel of returns.</param>
    /// <param name="symbol">Dependent series.</param>
    /// <param name="factors">Regressors.</param>
    /// <param name="tested">Which coefficients may shift: <c>const</c> and/or factor names.</param>
    /// <param name="period">Sessions to scan.</param>
    /// <param name="trim">Share of rows kept out at each end, in (0, 0.5).</param>
    /// <param name="lag">Newey–West lag; <see cref="NeweyWestLag.Default"/> of the rows when null.</param>
    /// <exception cref="ArgumentException">A tested name is neither <c>const</c> nor a factor.</exception>
    public static SupWaldResult SupWaldScan(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, IReadOnlyList<string> tested, Period period, double trim = 0.15, int? lag = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(tested);
        if (!(trim > 0 && trim < 0.5)) throw new ArgumentOutOfRangeException(nameof(trim), trim, "The trimming fraction must lie strictly between 0 and 0.5.");
        foreach (var t in tested)
            if (t != OlsResult.Intercept && !factors.Contains(t)) throw new ArgumentException($"'{t}' is neither {OlsResult.Intercept} nor one of the factors.", nameof(tested));
        var y = returns[symbol];
        var x = factors.Select(f => returns[f]).ToList();
        var rows = ChowTests.RowsIn(returns, period, y, x);
        var n = rows.Length;
        var edge = Math.Max(factors.Count + tested.Count + 2, (int)Math.Ceiling(trim * n));
        if (n - edge < edge) throw new InsufficientDataException($"A sup-Wald scan of {symbol} with trimming {trim}", 2 * edge, n);
        var yRows = rows.Select(t => y[t]).ToArray();
        var xRows = x.Select(c => rows.Select(t => c[t]).ToArray()).ToList();
        var shifted = tested.Select(t => t == OlsResult.Intercept ? Enumerable.Repeat(1.0, n).ToArray() : xRows[factors.IndexOf(t)]).ToList();
        var options = OlsOptions.NeweyWest(lag ?? NeweyWestLag.Default(n));
        var names = factors.Concat(tested.Select(t => "shift:" + t)).ToList();
        var breaks = new List<DateOnly>();
        var wald = new List<double>();
        for (var j = edge; j <= n - edge; j++)
        {
            var shifts = shifted.Select(c => c.Select((v, i) => i >= j ? v : 0.0).ToArray());
            var fit = Ols.Fit(yRows, [.. xRows, .. shifts], names, options);
            var q = tested.Count;
            var first = factors.Count + 1;
            var d = Vector<double>.Build.Dense(q, i => fit.Coefficients[first + i].Estimate);
            var v = Matrix<double>.Build.Dense(q, q, (i, k) => fit.CoefficientCovariance(first + i, first + k));
            breaks.Add(returns.Sessions[rows[j]]);
            wald.Add(d.DotProduct(v.Solve(d)));
        }
        return new SupWaldResult(symbol, factors, tested, period, trim, options.HacLag!.Value, breaks, wald.ToArray());
    }

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == item) return i;
        return -1;
    }
}
