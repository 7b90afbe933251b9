using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>
/// The joint Wald test that every pre-treatment bin's shift of one factor beta is zero (the reference bin excluded):
/// <c>W = δ̂′ V̂⁻¹ δ̂</c> with the Driscoll–Kraay covariance, χ² with one degree of freedom per tested bin.
/// </summary>
/// <param name="Factor">The factor.</param>
/// <param name="Statistic">The Wald statistic W.</param>
/// <param name="DegreesOfFreedom">Tested bins.</param>
public sealed record PreTrendTest(string Factor, double Statistic, int DegreesOfFreedom)
{
    /// <summary>Upper-tail χ² p-value.</summary>
    public double P => 1 - ChiSquared.CDF(DegreesOfFreedom, Statistic);
}
