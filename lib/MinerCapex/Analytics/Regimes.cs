using Microsoft.Data.Analysis;
using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>Correlation and beta of a series against a factor within one period.</summary>
/// <param name="Symbol">The series (a miner or the miner index).</param>
/// <param name="Factor">The factor.</param>
/// <param name="Period">The period.</param>
/// <param name="Observations">Sessions of the period where both are present.</param>
/// <param name="Correlation">Pearson correlation on those sessions; NaN if undefined (fewer than 2 pairs or a constant series).</param>
/// <param name="Beta">OLS slope of the series on the factor (with intercept); NaN with fewer than 3 pairs or a constant factor.</param>
/// <param name="BetaStandardError">Classical standard error of the beta, <c>sqrt(SSR/(n-2) / Σ(f - f̄)²)</c>; NaN when the beta is.</param>
public sealed record RegimeStatistics(
    string Symbol, string Factor, Period Period, int Observations, double Correlation, double Beta, double BetaStandardError);

/// <summary>Two periods compared: correlations by the Fisher z test, betas by the Chow test.</summary>
/// <param name="First">Statistics in the first period.</param>
/// <param name="Second">Statistics in the second period.</param>
/// <param name="CorrelationTest">Fisher z test of equal correlations.</param>
/// <param name="BetaTest">Chow test of equal intercept and beta.</param>
public sealed record RegimeComparison(RegimeStatistics First, RegimeStatistics Second, FisherZResult CorrelationTest, ChowTestResult BetaTest)
{
    /// <summary>One row: periods, both correlations and betas, Fisher z and p, Chow F and p.</summary>
    public DataFrame ToDataFrame() => new(
        Frames.Text("symbol", [First.Symbol]),
        Frames.Text("factor", [First.Factor]),
        Frames.Text("first", [First.Period.Label]),
        Frames.Text("second", [Second.Period.Label]),
        Frames.Doubles("correlation_1", [First.Correlation]),
        Frames.Doubles("correlation_2", [Second.Correlation]),
        Frames.Doubles("fisher_z", [CorrelationTest.Z]),
        Frames.Doubles("fisher_p", [CorrelationTest.P]),
        Frames.Doubles("beta_1", [First.Beta]),
        Frames.Doubles("beta_2", [Second.Beta]),
        Frames.Doubles("chow_f", [BetaTest.F]),
        Frames.Doubles("chow_p", [BetaTest.P]));
}

/// <summary>Regime statistics for several series, factors and periods.</summary>
/// <param name="Rows">Symbols outer, factors middle, periods inner.</param>
public sealed record RegimeTable(IReadOnlyList<RegimeStatistics> Rows)
{
    /// <summary>Columns <c>symbol, factor, period, n, correlation, beta, beta_se</c>, one row per symbol, factor and period.</summary>
    public DataFrame ToDataFrame() => new(
        Frames.Text("symbol", Rows.Select(r => r.Symbol)),
        Frames.Text("factor", Rows.Select(r => r.Factor)),
        Frames.Text("period", Rows.Select(r => r.Period.Label)),
        Frames.Ints("n", Rows.Select(r => r.Observations)),
        Frames.Doubles("correlation", Rows.Select(r => r.Correlation)),
        Frames.Doubles("beta", Rows.Select(r => r.Beta)),
        Frames.Doubles("beta_se", Rows.Select(r => r.BetaStandardError)));
}

/// <summary>
/// Regime comparison: how correlation and beta against a factor differ between periods (calendar
/// years, quarters, before/after a date; see <see cref="Period"/>).
/// </summary>
public static class Regimes
{
    /// <summary>Correlation and beta of <paramref name="symbol"/> against <paramref name="factor"/> over <paramref name="period"/>.</summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    public static RegimeStatistics RegimeStatistics(this SessionPanel returns, string symbol, string factor, Period period)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(period);
        var range = period.Resolve(returns.Sessions);
        var m = Moments.Pairwise(returns[symbol].AsSpan(range.Start, range.Length), returns[factor].AsSpan(range.Start, range.Length));
        double beta = double.NaN, se = double.NaN;
        if (m.Count >= 3 && !double.IsNaN(m.BetaOnY))
        {
            beta = m.BetaOnY;
            var ssr = Math.Max(0.0, m.Sxx - beta * m.Sxy);
            se = Math.Sqrt(ssr / (m.Count - 2) / m.Syy);
        }
        return new RegimeStatistics(symbol, factor, period, m.Count, m.Correlation, beta, se);
    }

    /// <summary>Regime statistics for every symbol, factor and period.</summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    public static RegimeTable RegimeTable(this SessionPanel returns, IEnumerable<string> symbols, IEnumerable<string> factors, IEnumerable<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(periods);
        var f = factors.ToList();
        var p = periods.ToList();
        return new RegimeTable(
            (from s in symbols from factor in f from period in p select returns.RegimeStatistics(s, factor, period)).ToList());
    }

    /// <summary>
    /// Compares two periods: each one's statistics, the Fisher z test of their correlations and the Chow
    /// test of their regressions on the factor.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period's correlation is undefined.</exception>
    /// <exception cref="InsufficientDataException">A period has too few complete sessions (4 for Fisher z, 3 for Chow).</exception>
    /// <exception cref="ArgumentException">The periods overlap.</exception>
    public static RegimeComparison CompareRegimes(this SessionPanel returns, string symbol, string factor, Period first, Period second)
    {
        var a = returns.RegimeStatistics(symbol, factor, first);
        var b = returns.RegimeStatistics(symbol, factor, second);
        var chow = returns.ChowTest(symbol, [factor], first, second);
        var fisher = FisherZ.Compare(a.Correlation, a.Observations, b.Correlation, b.Observations);
        return new RegimeComparison(a, b, fisher, chow);
    }
}
