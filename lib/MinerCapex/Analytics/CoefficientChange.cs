using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>
/// The change of one regression coefficient between two fits on disjoint samples, tested by a Wald z:
/// <c>z = (b₂ − b₁) / √(se₁² + se₂²)</c>, two-sided normal p.
/// </summary>
/// <remarks>
/// With Newey–West errors in each fit the test is robust to heteroskedasticity and autocorrelation within each
/// sample; treating the two estimates as independent is the usual approximation for disjoint periods of daily
/// returns, whose serial dependence dies out within days (the periods here are a year apart at their centres).
/// </remarks>
/// <param name="Term">The coefficient's name.</param>
/// <param name="Before">The estimate in the earlier sample.</param>
/// <param name="After">The estimate in the later sample.</param>
/// <param name="StandardError">√(se₁² + se₂²).</param>
/// <param name="Z">The Wald z of no change.</param>
/// <param name="P">Its two-sided p-value.</param>
public sealed record CoefficientChange(string Term, double Before, double After, double StandardError, double Z, double P)
{
    /// <summary>After minus before.</summary>
    public double Change => After - Before;

    /// <summary>Tests the change from <paramref name="before"/> to <paramref name="after"/>, the same term of two fits.</summary>
    /// <exception cref="ArgumentException">The two coefficients are of different terms.</exception>
    public static CoefficientChange Between(OlsCoefficient before, OlsCoefficient after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Term != after.Term) throw new ArgumentException($"A change compares one term; got '{before.Term}' and '{after.Term}'.", nameof(after));
        var se = Math.Sqrt(before.StandardError * before.StandardError + after.StandardError * after.StandardError);
        var z = (after.Estimate - before.Estimate) / se;
        return new CoefficientChange(before.Term, before.Estimate, after.Estimate, se, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }
}
