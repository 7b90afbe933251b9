using MathNet.Numerics.Distributions;
using MinerCapex.Analytics;

namespace MinerCapex.Readouts;

/// <summary>The change of one co-movement statistic between two periods, with the bootstrap's interval, test and equivalence test.</summary>
/// <param name="From">The earlier period.</param>
/// <param name="To">The later period.</param>
/// <param name="Statistic">What changed.</param>
/// <param name="Change">Later minus earlier, with the percentile interval and standard error of the paired draws.</param>
/// <param name="Equivalence">TOST of |change| &lt; <see cref="CorrelationEvidence.Margin"/> with the bootstrap standard error.</param>
public sealed record CorrelationChange(Period From, Period To, CorrelationStatistic Statistic, BootstrapInterval Change, EquivalenceTest Equivalence)
{
    /// <summary>"2024 → 2025".</summary>
    public string Label => new PeriodChange(From, To).Label;

    /// <summary>The bootstrap z of no change, change / bootstrap s.e.</summary>
    public double Z => Change.Estimate / Change.StandardError;

    /// <summary>Two-sided p of <see cref="Z"/> from the standard normal.</summary>
    public double P => 2 * Normal.CDF(0, 1, -Math.Abs(Z));

    /// <summary>The change of <paramref name="statistic"/> from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    public static CorrelationChange Of(CovarianceBootstrap earlier, CovarianceBootstrap later, CorrelationStatistic statistic, double margin)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(statistic);
        var change = CovarianceBootstrap.Change(earlier, later, statistic.Of);
        return new CorrelationChange(earlier.Period, later.Period, statistic, change, EquivalenceTest.Of(change.Estimate, change.StandardError, margin));
    }
}
