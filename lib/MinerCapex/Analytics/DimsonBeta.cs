using MathNet.Numerics.Distributions;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Dimson's (1979) beta for a factor observed at a different time of day: the regression on the factor's previous,
/// same and next session returns, and the summed beta.
/// </summary>
/// <param name="Fit">The regression on [factor(t−1), factor(t), factor(t+1), other factors].</param>
/// <param name="Sum">β(t−1) + β(t) + β(t+1).</param>
/// <param name="SumStandardError">Its standard error from the fit's coefficient covariance (Newey–West when the fit's is).</param>
/// <param name="SumShare">The three terms' Shapley shares of R² added.</param>
public sealed record DimsonBeta(FactorRegression Fit, double Sum, double SumStandardError, double SumShare)
{
    /// <summary>The summed beta's t.</summary>
    public double T => Sum / SumStandardError;

    /// <summary>Two-sided p of <see cref="T"/> from Student's t with the fit's residual degrees of freedom.</summary>
    public double P => 2 * StudentT.CDF(0, 1, Fit.Fit.ResidualDegreesOfFreedom, -Math.Abs(T));

    /// <summary>The column names of the lagged and led factor: "BTC-USD(t-1)", "BTC-USD(t+1)".</summary>
    public static string Lag(string factor) => factor + "(t-1)";

    /// <inheritdoc cref="Lag"/>
    public static string Lead(string factor) => factor + "(t+1)";
}

/// <summary>Dimson regressions over a panel.</summary>
/// <remarks>
/// Bitcoin's daily close is the UTC calendar day's, 00:00 UTC, which is 19:00 or 20:00 in New York, three to four hours
/// after the stock market's 16:00 close. Part of a stock's session-t news therefore shows in bitcoin's day-t return,
/// and part of bitcoin's late move shows in the stock's session t+1: the same-day beta misses the second part, which
/// the lead term β(t+1) picks up.
/// </remarks>
public static class DimsonRegressions
{
    /// <summary>
    /// Regresses <paramref name="symbol"/> on <paramref name="factor"/> at t−1, t and t+1 and on <paramref name="others"/>
    /// over <paramref name="period"/>.
    /// </summary>
    public static DimsonBeta DimsonRegression(this SessionPanel returns, string symbol, string factor, IReadOnlyList<string> others, Period period, OlsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(others);
        var panel = returns.With(DimsonBeta.Lag(factor), returns.Shifted(factor, -1)).With(DimsonBeta.Lead(factor), returns.Shifted(factor, 1));
        var fit = panel.FactorRegression(symbol, [DimsonBeta.Lag(factor), factor, DimsonBeta.Lead(factor), .. others], period, options);
        var c = fit.Fit;
        var sum = 0.0;
        var variance = 0.0;
        for (var i = 1; i <= 3; i++)
        {
            sum += c.Coefficients[i].Estimate;
            for (var j = 1; j <= 3; j++) variance += c.CoefficientCovariance(i, j);
        }
        return new DimsonBeta(fit, sum, Math.Sqrt(variance), fit.Shares.Take(3).Sum(s => s.Share));
    }
}
