using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.Analytics;

/// <summary>
/// Rolling factor regression: intercept, factor betas and R² over the last <see cref="Window"/> sessions,
/// one value per session of the panel dated at the window's last session; NaN where the window is not
/// complete or its regressors are constant or collinear. Built by <see cref="FactorModels.RollingFactorRegression"/>.
/// </summary>
/// <param name="Symbol">The dependent series.</param>
/// <param name="Factors">The factors, in <paramref name="Betas"/> order.</param>
/// <param name="Window">Window length in sessions.</param>
/// <param name="Sessions">The panel's sessions.</param>
/// <param name="Alpha">Intercept per session.</param>
/// <param name="Betas">One array per factor: its beta per session.</param>
/// <param name="RSquared">R² per session.</param>
public sealed record RollingRegression(
    string Symbol, IReadOnlyList<string> Factors, int Window, IReadOnlyList<DateOnly> Sessions, double[] Alpha, double[][] Betas, double[] RSquared)
{
    /// <summary>The beta series of <paramref name="factor"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not one of the factors.</exception>
    public double[] Beta(string factor)
    {
        for (var j = 0; j < Factors.Count; j++)
            if (string.Equals(Factors[j], factor, StringComparison.OrdinalIgnoreCase)) return Betas[j];
        throw new KeyNotFoundException($"'{factor}' is not a factor of this regression. Factors: {string.Join(", ", Factors)}.");
    }

    /// <summary>Columns <c>session, alpha, beta_&lt;factor&gt;..., r_squared</c>, one row per session with a value.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = Enumerable.Range(0, Sessions.Count).Where(t => !double.IsNaN(RSquared[t]) || !double.IsNaN(Alpha[t])).ToList();
        var columns = new List<DataFrameColumn>
        {
            Frames.Dates("session", rows.Select(t => Sessions[t])),
            Frames.Doubles("alpha", rows.Select(t => Alpha[t])),
        };
        for (var j = 0; j < Factors.Count; j++)
        {
            var beta = Betas[j];
            columns.Add(Frames.Doubles("beta_" + Factors[j], rows.Select(t => beta[t])));
        }
        columns.Add(Frames.Doubles("r_squared", rows.Select(t => RSquared[t])));
        return new DataFrame(columns);
    }
}
