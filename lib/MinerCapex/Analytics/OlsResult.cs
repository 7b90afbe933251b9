using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.Analytics;

/// <summary>One estimated coefficient of an OLS fit.</summary>
/// <param name="Term">Regressor name; the intercept is <see cref="OlsResult.Intercept"/>.</param>
/// <param name="Estimate">The coefficient.</param>
/// <param name="StandardError">Its standard error (classical or Newey–West, see <see cref="OlsResult.Covariance"/>).</param>
/// <param name="T">Estimate / standard error.</param>
/// <param name="P">Two-sided p-value from Student's t with <see cref="OlsResult.ResidualDegreesOfFreedom"/> degrees of freedom.</param>
public sealed record OlsCoefficient(string Term, double Estimate, double StandardError, double T, double P);

/// <summary>
/// An OLS fit with intercept: coefficients with standard errors, t and p, R², adjusted R² and the
/// sample size. Built by <see cref="Ols.Fit(ReadOnlySpan{double}, IReadOnlyList{double[]}, IReadOnlyList{string}?, OlsOptions?)"/>.
/// </summary>
public sealed class OlsResult
{
    /// <summary>Name of the intercept term.</summary>
    public const string Intercept = "const";

    private readonly double[] _covariance;

    internal OlsResult(IReadOnlyList<OlsCoefficient> coefficients, double[] covariance, double rSquared, int observations,
        double residualSumOfSquares, double totalSumOfSquares, CovarianceKind kind, int? hacLag)
    {
        Coefficients = coefficients;
        _covariance = covariance;
        RSquared = rSquared;
        Observations = observations;
        ResidualSumOfSquares = residualSumOfSquares;
        TotalSumOfSquares = totalSumOfSquares;
        Covariance = kind;
        HacLag = hacLag;
    }

    /// <summary>Intercept first, then one coefficient per regressor, in the order given.</summary>
    public IReadOnlyList<OlsCoefficient> Coefficients { get; }

    /// <summary>The coefficient of <paramref name="term"/> (a regressor name or <see cref="Intercept"/>).</summary>
    /// <exception cref="KeyNotFoundException">No such term; the message lists the terms.</exception>
    public OlsCoefficient this[string term] =>
        Coefficients.FirstOrDefault(c => string.Equals(c.Term, term, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No term '{term}'. Terms: {string.Join(", ", Coefficients.Select(c => c.Term))}.");

    /// <summary>Number of complete observations used (rows with any missing value are dropped).</summary>
    public int Observations { get; }

    /// <summary>Residual degrees of freedom <c>n - k - 1</c> (k regressors plus the intercept).</summary>
    public int ResidualDegreesOfFreedom => Observations - Coefficients.Count;

    /// <summary><c>1 - SSR/TSS</c> with TSS centred on the mean; NaN when the dependent series is constant.</summary>
    public double RSquared { get; }

    /// <summary><c>1 - (1 - R²)(n - 1)/(n - k - 1)</c>.</summary>
    public double AdjustedRSquared => 1.0 - (1.0 - RSquared) * (Observations - 1) / ResidualDegreesOfFreedom;

    /// <summary>Sum of squared residuals.</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>Sum of squared deviations of the dependent series from its mean.</summary>
    public double TotalSumOfSquares { get; }

    /// <summary>Residual standard error <c>s = sqrt(SSR / (n - k - 1))</c>.</summary>
    public double ResidualStandardError => Math.Sqrt(ResidualSumOfSquares / ResidualDegreesOfFreedom);

    /// <summary>Which covariance the standard errors come from.</summary>
    public CovarianceKind Covariance { get; }

    /// <summary>The Newey–West lag used, or null for classical standard errors.</summary>
    public int? HacLag { get; }

    /// <summary>Estimated covariance of coefficients <paramref name="i"/> and <paramref name="j"/> (in <see cref="Coefficients"/> order).</summary>
    public double CoefficientCovariance(int i, int j) => _covariance[i * Coefficients.Count + j];

    /// <summary>The fitted value <c>a + Σ b_j x_j</c> for regressor values given in order.</summary>
    /// <exception cref="ArgumentException">Not one value per regressor.</exception>
    public double Predict(params double[] regressors)
    {
        ArgumentNullException.ThrowIfNull(regressors);
        if (regressors.Length != Coefficients.Count - 1)
            throw new ArgumentException($"Expected {Coefficients.Count - 1} regressor values, got {regressors.Length}.", nameof(regressors));
        var v = Coefficients[0].Estimate;
        for (var j = 0; j < regressors.Length; j++) v += Coefficients[j + 1].Estimate * regressors[j];
        return v;
    }

    /// <summary>Columns <c>term, estimate, std_error, t, p</c>, one row per coefficient.</summary>
    public DataFrame ToDataFrame() => new(
        Frames.Text("term", Coefficients.Select(c => c.Term)),
        Frames.Doubles("estimate", Coefficients.Select(c => c.Estimate)),
        Frames.Doubles("std_error", Coefficients.Select(c => c.StandardError)),
        Frames.Doubles("t", Coefficients.Select(c => c.T)),
        Frames.Doubles("p", Coefficients.Select(c => c.P)));
}
