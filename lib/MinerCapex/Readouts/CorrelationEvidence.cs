using MinerCapex.Analytics;
using MinerCapex.Indices;
using MinerCapex.Inference;
using MinerCapex.Panel;

namespace MinerCapex.Readouts;

/// <summary>
/// The inference behind the co-movement verdicts: for each period, the miner index's correlations with bitcoin, the
/// AI basket and the Nasdaq-100 under a stationary block bootstrap, the dependent-correlation test of AI against
/// bitcoin, the partial correlations given the Nasdaq-100; between periods, the bootstrap change with its
/// equivalence test, and the Forbes–Rigobon volatility-adjusted change.
/// </summary>
/// <remarks>
/// Period <c>k</c> (in the study's order) draws from stream <c>k</c> of the seed, so adding a later period leaves the
/// draws of the earlier ones unchanged. Changes are those of <see cref="PeriodChange.Of"/>.
/// </remarks>
public sealed class CorrelationEvidence
{
    /// <summary>The equivalence margin of a change in correlation: ±0.10.</summary>
    public const double Margin = 0.10;

    /// <summary>The bootstrapped series, in the order <see cref="CorrelationStatistic"/> indexes them.</summary>
    public static IReadOnlyList<string> Symbols { get; } = [StudyBaskets.MinerIndex, Factors.Bitcoin, Factors.AiBasket, Factors.Market];

    private CorrelationEvidence(IReadOnlyList<PeriodCorrelations> periods, BootstrapOptions options)
    {
        Periods = periods;
        Options = options;
        Compared = PeriodChange.Of(periods.Select(p => p.Period).ToList());
        Changes = (from c in Compared from s in CorrelationStatistic.Tracked select CorrelationChange.Of(In(c.From).Draws, In(c.To).Draws, s, Margin)).ToList();
        VolatilityAdjusted = (from c in Compared from f in new[] { CorrelationStatistic.Bitcoin, CorrelationStatistic.AiBasket }
                              select AdjustedChange(In(c.From).Draws, In(c.To).Draws, f)).ToList();
    }

    /// <summary>Bootstraps every period of <paramref name="periods"/> on <paramref name="returns"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two periods.</exception>
    public static CorrelationEvidence Of(SessionPanel returns, IReadOnlyList<Period> periods, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count < 2) throw new ArgumentException("Co-movement evidence compares at least two periods.", nameof(periods));
        options ??= BootstrapOptions.Default;
        var draws = periods.Select((p, k) => PeriodCorrelations.Of(returns.BlockBootstrap(Symbols, p, k, options))).ToList();
        return new CorrelationEvidence(draws, options);
    }

    /// <summary>The bootstrap's draws and seed.</summary>
    public BootstrapOptions Options { get; }

    /// <summary>Each period's statistics.</summary>
    public IReadOnlyList<PeriodCorrelations> Periods { get; }

    /// <summary>The compared periods (<see cref="PeriodChange.Of"/>): consecutive ones, then first against last when there are three or more.</summary>
    public IReadOnlyList<PeriodChange> Compared { get; }

    /// <summary>The change of every tracked statistic for every compared pair, pair-major.</summary>
    public IReadOnlyList<CorrelationChange> Changes { get; }

    /// <summary>The change from the earlier period's correlation to the later one's adjusted to the earlier factor variance (Forbes–Rigobon), for bitcoin and the AI basket.</summary>
    public IReadOnlyList<CorrelationChange> VolatilityAdjusted { get; }

    /// <summary>The statistics of <paramref name="period"/>.</summary>
    public PeriodCorrelations In(Period period) => Periods.Single(p => p.Period == period);

    /// <summary>The change of <paramref name="statistic"/> over <paramref name="change"/>.</summary>
    public CorrelationChange Change(PeriodChange change, CorrelationStatistic statistic)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Changes.Single(c => c.From == change.From && c.To == change.To && c.Statistic == statistic);
    }

    /// <summary>Holm and Benjamini–Hochberg adjustments of the change table's p-values (the family: every row of <see cref="Changes"/>).</summary>
    public AdjustedPValues ChangeAdjusted => MultipleTesting.Adjust(Changes.Select(c => c.P).ToList());

    /// <summary>Holm and Benjamini–Hochberg adjustments of the Steiger p-values, one per period (the family: the periods).</summary>
    public AdjustedPValues SteigerAdjusted => MultipleTesting.Adjust(Periods.Select(p => p.Steiger.SteigerP).ToList());

    private static CorrelationChange AdjustedChange(CovarianceBootstrap earlier, CovarianceBootstrap later, int factor)
    {
        const int idx = CorrelationStatistic.Index;
        double Adjusted(SampleCovariance before, SampleCovariance after) =>
            ForbesRigobon.Adjusted(after.Correlation(idx, factor), after.Variance(factor) / before.Variance(factor)) - before.Correlation(idx, factor);
        var draws = earlier.Replicates.Select((c, b) => Adjusted(c, later.Replicates[b])).ToList();
        var change = BootstrapInterval.Of(Adjusted(earlier.Sample, later.Sample), draws);
        var label = factor == CorrelationStatistic.Bitcoin ? "ρ bitcoin, Forbes–Rigobon adjusted" : "ρ AI basket, Forbes–Rigobon adjusted";
        var statistic = new CorrelationStatistic(label, c => c.Correlation(idx, factor));
        return new CorrelationChange(earlier.Period, later.Period, statistic, change, EquivalenceTest.Of(change.Estimate, change.StandardError, Margin));
    }
}
