using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>
/// Schuirmann's (1987) two one-sided tests (TOST) that a change lies inside (−margin, +margin), with a bootstrap
/// standard error: equivalence is shown at level α only when both one-sided nulls (change ≤ −margin, change ≥
/// +margin) are rejected, i.e. when <see cref="P"/> &lt; α. A change that is not significant is not thereby shown to be small.
/// </summary>
/// <param name="Estimate">The change.</param>
/// <param name="StandardError">Its (bootstrap) standard error.</param>
/// <param name="Margin">The equivalence margin.</param>
/// <param name="PLower">p of H₀: change ≤ −margin, <c>1 − Φ((Δ + m)/se)</c>.</param>
/// <param name="PUpper">p of H₀: change ≥ +margin, <c>1 − Φ((m − Δ)/se)</c>.</param>
public sealed record EquivalenceTest(double Estimate, double StandardError, double Margin, double PLower, double PUpper)
{
    /// <summary>The TOST p-value, the larger of the two one-sided ones.</summary>
    public double P => Math.Max(PLower, PUpper);

    /// <summary>The test of <paramref name="estimate"/> with standard error <paramref name="standardError"/> against ±<paramref name="margin"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The margin or standard error is not positive.</exception>
    public static EquivalenceTest Of(double estimate, double standardError, double margin)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(margin);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(standardError);
        return new EquivalenceTest(estimate, standardError, margin,
            1 - Normal.CDF(0, 1, (estimate + margin) / standardError), 1 - Normal.CDF(0, 1, (margin - estimate) / standardError));
    }
}
