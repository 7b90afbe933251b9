using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.Analytics;

/// <summary>The part of a series' variance attributed to one factor.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Share">Its Shapley share of R² (a fraction of the series' variance; the shares sum to R²).</param>
public sealed record VarianceShare(string Factor, double Share);

/// <summary>
/// Regression of one series' returns on factor returns (with intercept) over a period, and the share of
/// its variance each factor explains (<see cref="ShapleyDecomposition"/>).
/// </summary>
/// <param name="Symbol">The series (a miner or the miner index).</param>
/// <param name="Period">The period asked for.</param>
/// <param name="FirstSession">First session used (complete rows only).</param>
/// <param name="LastSession">Last session used.</param>
/// <param name="Fit">The OLS fit; <c>Fit[factor].Estimate</c> is the factor beta.</param>
/// <param name="Shares">Shapley shares of R², in factor order.</param>
public sealed record FactorRegression(
    string Symbol, Period Period, DateOnly FirstSession, DateOnly LastSession, OlsResult Fit, IReadOnlyList<VarianceShare> Shares);

/// <summary>A series the factor regressions could not fit, and why.</summary>
/// <param name="Symbol">The series.</param>
/// <param name="Reason">Why it was skipped (e.g. too few complete sessions in the period).</param>
public sealed record SkippedSeries(string Symbol, string Reason);

/// <summary>Factor regressions of several series on the same factors and period.</summary>
/// <param name="Results">One fit per series that could be fitted, in input order.</param>
/// <param name="Skipped">Series that could not be fitted, with the reason.</param>
public sealed record FactorRegressionTable(IReadOnlyList<FactorRegression> Results, IReadOnlyList<SkippedSeries> Skipped)
{
    /// <summary>The fit of <paramref name="symbol"/>.</summary>
    /// <exception cref="KeyNotFoundException">The series was not fitted (the message gives the skip reason when there is one).</exception>
    public FactorRegression this[string symbol] =>
        Results.FirstOrDefault(r => string.Equals(r.Symbol, symbol, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException(
            Skipped.FirstOrDefault(s => string.Equals(s.Symbol, symbol, StringComparison.OrdinalIgnoreCase)) is { } skip
                ? $"'{symbol}' was skipped: {skip.Reason}"
                : $"'{symbol}' is not in the table.");

    /// <summary>
    /// Tidy coefficients: <c>symbol, term, estimate, std_error, t, p, r_squared, adj_r_squared, n, shapley_share</c>
    /// (the share is null for the intercept).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = (from r in Results
                    from c in r.Fit.Coefficients.Select((c, i) => (c, i))
                    select (r, c.c, share: c.i == 0 ? double.NaN : r.Shares[c.i - 1].Share)).ToList();
        return new DataFrame(
            Frames.Text("symbol", rows.Select(x => x.r.Symbol)),
            Frames.Text("term", rows.Select(x => x.c.Term)),
            Frames.Doubles("estimate", rows.Select(x => x.c.Estimate)),
            Frames.Doubles("std_error", rows.Select(x => x.c.StandardError)),
            Frames.Doubles("t", rows.Select(x => x.c.T)),
            Frames.Doubles("p", rows.Select(x => x.c.P)),
            Frames.Doubles("r_squared", rows.Select(x => x.r.Fit.RSquared)),
            Frames.Doubles("adj_r_squared", rows.Select(x => x.r.Fit.AdjustedRSquared)),
            Frames.Ints("n", rows.Select(x => x.r.Fit.Observations)),
            Frames.Doubles("shapley_share", rows.Select(x => x.share)));
    }
}
