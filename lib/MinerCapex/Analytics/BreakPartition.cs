namespace MinerCapex.Analytics;

/// <summary>
/// The partition of a sample into m + 1 regimes that minimises the total sum of squared residuals over all partitions
/// with m breaks and every regime at least h rows long (Bai and Perron 2003, the dynamic program of section 3).
/// </summary>
/// <param name="Breaks">Each break as the number of rows before its new regime (strucchange's break points), ascending; empty for m = 0.</param>
/// <param name="Sessions">The first session of each new regime.</param>
/// <param name="Ssr">The partition's total sum of squared residuals.</param>
/// <param name="Bic">Schwarz's criterion as strucchange computes it: n(log SSR + 1 − log n + log 2π) + log(n)(k + 1)(m + 1).</param>
/// <param name="Lwz">Liu, Wu and Zidek's (1997) criterion: log(SSR/(n − p*)) + (p*/n)·0.299·(log n)^2.1, p* = (m + 1)k + m.</param>
/// <param name="Intervals">Each break's confidence interval, in the order of <see cref="Breaks"/>; null where strucchange's check
/// P(argmax ≤ 0) ∈ [α/2, 1 − α/2] fails and it reports none.</param>
public sealed record BreakPartition(IReadOnlyList<int> Breaks, IReadOnlyList<DateOnly> Sessions, double Ssr, double Bic, double Lwz,
    IReadOnlyList<BreakDateInterval?> Intervals)
{
    /// <summary>Number of breaks m.</summary>
    public int Count => Breaks.Count;
}
