using MathNet.Numerics.Statistics;

namespace MinerCapex.EventStudies;

/// <summary>
/// The placebo distribution of one headline statistic, and where the real value falls in it.
/// </summary>
/// <remarks>
/// The empirical p-value counts the real value as one of the draws, <c>(1 + #{extreme draws}) / (N + 1)</c>, so it is
/// never zero. "Extreme" is two-sided (|draw| ≥ |real|) for a mean or a difference, and upper (draw ≥ real) for a
/// size ratio, which cannot be negative. Quantiles are numpy's default (linear interpolation, Hyndman–Fan type 7).
/// </remarks>
/// <param name="Statistic">What was recomputed, e.g. <c>mean CAR, ai</c>.</param>
/// <param name="Real">The value on the real event days.</param>
/// <param name="Draws">The value on each set of placebo days, in draw order (NaN where it could not be formed).</param>
/// <param name="TwoSided">Whether extremes are counted in both tails.</param>
public sealed record PlaceboDistribution(string Statistic, double Real, IReadOnlyList<double> Draws, bool TwoSided)
{
    private double[] Finite => Draws.Where(double.IsFinite).ToArray();

    /// <summary>Empirical p-value of <see cref="Real"/>; NaN when the real value or every draw is missing.</summary>
    public double EmpiricalP
    {
        get
        {
            var finite = Finite;
            if (!double.IsFinite(Real) || finite.Length == 0) return double.NaN;
            var extreme = TwoSided ? finite.Count(d => Math.Abs(d) >= Math.Abs(Real)) : finite.Count(d => d >= Real);
            return (1.0 + extreme) / (finite.Length + 1.0);
        }
    }

    /// <summary>The <paramref name="probability"/> quantile of the draws (type 7).</summary>
    public double Quantile(double probability) => Statistics.QuantileCustom(Finite, probability, QuantileDefinition.R7);

    /// <summary>The 2.5%, 50% and 97.5% quantiles.</summary>
    public (double Lower, double Median, double Upper) Band => (Quantile(0.025), Quantile(0.5), Quantile(0.975));
}
