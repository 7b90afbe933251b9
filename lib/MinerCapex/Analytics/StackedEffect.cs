using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>
/// One shift of a treated unit's factor beta, relative to clean controls and to its own reference period, with its
/// Driscoll–Kraay standard error; z and p are from the normal distribution, the interval is the 95% Wald interval.
/// </summary>
/// <param name="Factor">The factor whose beta shifts.</param>
/// <param name="Bin">The event-time bin (<see cref="EventTimeBins"/>), or null for the pooled post-treatment effect.</param>
/// <param name="Estimate">The shift δ.</param>
/// <param name="StandardError">Its Driscoll–Kraay standard error.</param>
public sealed record StackedEffect(string Factor, int? Bin, double Estimate, double StandardError)
{
    private const double Z975 = 1.959963984540054;

    /// <summary>Estimate / standard error.</summary>
    public double Z => Estimate / StandardError;

    /// <summary>Two-sided p-value of no shift, from the standard normal.</summary>
    public double P => 2 * Normal.CDF(0, 1, -Math.Abs(Z));

    /// <summary>Lower end of the 95% interval.</summary>
    public double Lower => Estimate - Z975 * StandardError;

    /// <summary>Upper end of the 95% interval.</summary>
    public double Upper => Estimate + Z975 * StandardError;
}
