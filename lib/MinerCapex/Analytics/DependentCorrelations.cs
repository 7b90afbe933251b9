using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>Two correlations that share a variable, compared on the same sample.</summary>
/// <param name="First">r(j, k): e.g. the miner index with the AI basket.</param>
/// <param name="Second">r(j, h): e.g. the miner index with bitcoin.</param>
/// <param name="Between">r(k, h): the two other variables with each other.</param>
/// <param name="Observations">Sample size n.</param>
/// <param name="SteigerZ">Steiger's (1980) Z̄*; positive when <paramref name="First"/> is the larger.</param>
/// <param name="SteigerP">Two-sided p of <paramref name="SteigerZ"/> from the standard normal.</param>
/// <param name="WilliamsT">Williams' (1959) T₂ with n − 3 degrees of freedom.</param>
/// <param name="WilliamsP">Two-sided p of <paramref name="WilliamsT"/> from Student's t.</param>
public sealed record DependentCorrelationTest(double First, double Second, double Between, int Observations,
    double SteigerZ, double SteigerP, double WilliamsT, double WilliamsP);

/// <summary>
/// Tests of H₀: ρ(j,k) = ρ(j,h) for two correlations estimated on the same observations that share variable j.
/// The two estimates are correlated through j, so a test for independent samples (Fisher z) would be wrong.
/// </summary>
/// <remarks>
/// Steiger (1980), "Tests for comparing elements of a correlation matrix", Psychological Bulletin 87(2), eq. (14):
/// <c>Z̄* = (z_jk − z_jh)·√(n − 3) / √(2 − 2s̄)</c>, with <c>z = atanh r</c>, <c>r̄ = (r_jk + r_jh)/2</c>,
/// <c>s̄ = ψ̄/(1 − r̄²)²</c> and <c>ψ̄ = r_kh(1 − 2r̄²) − ½r̄²(1 − 2r̄² − r_kh²)</c>. Williams' T₂ (Steiger's eq. 7):
/// <c>(r_jk − r_jh)·√((n − 1)(1 + r_kh) / (2|R|(n − 1)/(n − 3) + r̄²(1 − r_kh)³))</c>, with
/// <c>|R| = 1 − r_jk² − r_jh² − r_kh² + 2r_jk r_jh r_kh</c>. Both assume i.i.d. normal observations; the study pairs
/// them with the block bootstrap's interval of the difference, which does not.
/// </remarks>
public static class DependentCorrelations
{
    /// <summary>Compares r(j,k) = <paramref name="first"/> with r(j,h) = <paramref name="second"/> given r(k,h) = <paramref name="between"/>.</summary>
    /// <exception cref="InsufficientDataException">Fewer than 4 observations.</exception>
    public static DependentCorrelationTest Compare(double first, double second, double between, int observations)
    {
        if (observations < 4) throw new InsufficientDataException("The dependent-correlation test", 4, observations);
        var n = (double)observations;
        var mean = (first + second) / 2;
        var m2 = mean * mean;
        var psi = between * (1 - 2 * m2) - 0.5 * m2 * (1 - 2 * m2 - between * between);
        var s = psi / ((1 - m2) * (1 - m2));
        var z = (Math.Atanh(first) - Math.Atanh(second)) * Math.Sqrt(n - 3) / Math.Sqrt(2 - 2 * s);
        var det = 1 - first * first - second * second - between * between + 2 * first * second * between;
        var t = (first - second) * Math.Sqrt((n - 1) * (1 + between) / (2 * det * (n - 1) / (n - 3) + m2 * Math.Pow(1 - between, 3)));
        return new DependentCorrelationTest(first, second, between, observations,
            z, 2 * Normal.CDF(0, 1, -Math.Abs(z)), t, 2 * StudentT.CDF(0, 1, n - 3, -Math.Abs(t)));
    }
}
