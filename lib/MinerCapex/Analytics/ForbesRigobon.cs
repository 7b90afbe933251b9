namespace MinerCapex.Analytics;

/// <summary>
/// The Forbes and Rigobon (2002) adjustment of a correlation for a change in volatility, "No contagion, only
/// interdependence", Journal of Finance 57(5), eq. (5): <c>ρ* = ρ / √(1 + δ(1 − ρ²))</c>, with <c>δ</c> the
/// relative rise in the variance of the source of shocks between the calm and the turbulent period.
/// </summary>
/// <remarks>
/// A rise in the factor's variance raises a correlation even when the beta is unchanged; the adjusted correlation is
/// what the turbulent period's correlation would be at the calm period's variance. It assumes no omitted common
/// shock and no feedback, so the study shows it as a robustness row, not as the headline.
/// </remarks>
public static class ForbesRigobon
{
    /// <summary>
    /// <paramref name="correlation"/> of the later period rescaled to the earlier period's factor variance, given
    /// <paramref name="varianceRatio"/> = later variance / earlier variance of the factor.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The ratio is not positive.</exception>
    public static double Adjusted(double correlation, double varianceRatio)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(varianceRatio);
        var delta = varianceRatio - 1;
        return correlation / Math.Sqrt(1 + delta * (1 - correlation * correlation));
    }
}
