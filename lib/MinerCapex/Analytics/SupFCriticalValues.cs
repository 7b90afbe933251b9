namespace MinerCapex.Analytics;

/// <summary>Critical values of a sup-F statistic at the usual significance levels.</summary>
/// <param name="TenPercent">Exceeded with probability 10% under no break.</param>
/// <param name="FivePercent">Exceeded with probability 5% under no break.</param>
/// <param name="OnePercent">Exceeded with probability 1% under no break.</param>
public sealed record SupFCriticalValue(double TenPercent, double FivePercent, double OnePercent)
{
    /// <summary>The smallest level (0.01, 0.05, 0.10) at which <paramref name="supF"/> rejects "no break", or null when it does not at 10%.</summary>
    public double? Level(double supF) => supF > OnePercent ? 0.01 : supF > FivePercent ? 0.05 : supF > TenPercent ? 0.10 : null;
}

/// <summary>
/// Asymptotic critical values of the sup-F (Quandt likelihood-ratio) statistic for an unknown break date with
/// 15% trimming, by the number of restricted coefficients q: Andrews (1993, 2003), as tabulated in Stock and
/// Watson, <i>Introduction to Econometrics</i>, "Critical values of the QLR statistic with 15% trimming".
/// </summary>
/// <remarks>
/// Because the break date is chosen as the maximum over candidates, sup-F does not follow the F distribution;
/// comparing it with an F quantile (the pointwise p of <see cref="ChowScanResult.AtBest"/>) overstates
/// significance. The values are for the F form of the statistic (the Wald statistic divided by q), which is what
/// <see cref="ChowTests"/> computes, and assume homoskedastic errors.
/// </remarks>
public static class SupFCriticalValues
{
    /// <summary>The trimming fraction the table is for.</summary>
    public const double Trim = 0.15;

    private static readonly SupFCriticalValue[] Table =
    [
        new(7.12, 8.68, 12.16),
        new(5.00, 5.86, 7.78),
        new(4.09, 4.71, 6.02),
        new(3.59, 4.09, 5.12),
        new(3.26, 3.66, 4.53),
        new(3.02, 3.37, 4.12),
        new(2.84, 3.15, 3.82),
        new(2.69, 2.98, 3.57),
        new(2.58, 2.84, 3.38),
        new(2.48, 2.71, 3.23),
    ];

    /// <summary>
    /// Critical values for <paramref name="restrictions"/> coefficients tested (1..10) at trimming
    /// <paramref name="trim"/>; null when the table does not cover the case (another trimming, or q outside 1..10).
    /// </summary>
    public static SupFCriticalValue? For(int restrictions, double trim = Trim) =>
        Math.Abs(trim - Trim) < 1e-12 && restrictions >= 1 && restrictions <= Table.Length ? Table[restrictions - 1] : null;

    /// <summary>Critical values for a scan's statistic: q = its numerator degrees of freedom, at its trimming.</summary>
    public static SupFCriticalValue? For(ChowScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return For(scan.AtBest.NumeratorDf, scan.Trim);
    }
}
