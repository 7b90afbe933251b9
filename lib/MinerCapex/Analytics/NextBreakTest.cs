namespace MinerCapex.Analytics;

/// <summary>
/// Bai and Perron's (1998, section 4.2) sup-F(ℓ+1|ℓ) test of ℓ + 1 breaks against the ℓ breaks of the global
/// SSR-minimising partition: in each regime long enough to hold one more break (2h rows), the Chow statistic of one
/// extra break at τ, F(τ) = (S − S(τ)) / (S(τ)/(n_i − 2k)) on that regime alone, both parts at least h rows; the
/// statistic is the largest over regimes and τ. It is on the scale of Bai and Perron's (2003) tables (the F statistic
/// times q) and of strucchange's <c>Fstats</c>; the errors are taken homoskedastic within a regime (each regime has its
/// own variance). <see cref="RobustStatistic"/> is the version Bai and Perron's (2003) code computes with
/// <c>robust = 1</c>: in each regime, the Newey–West Wald statistic of the shift at that regime's SSR-minimising date.
/// </summary>
/// <param name="Breaks">ℓ, the breaks under the null.</param>
/// <param name="Statistic">sup-F(ℓ+1|ℓ); NaN when no regime holds 2h rows, so that no extra break fits (never a rejection).</param>
/// <param name="At">Where the extra break would go: rows before its new regime; −1 when none fits.</param>
/// <param name="Session">The first session of that regime; null when none fits.</param>
/// <param name="RobustStatistic">NaN when no extra break fits; otherwise the largest over regimes of (n_i − 2k)/n_i · d̂'V̂⁻¹d̂, the Wald statistic of the shift d in all
/// coefficients at the regime's SSR-minimising date with the Newey–West covariance (Bartlett kernel, lag ⌊4(n_i/100)^(2/9)⌋, no
/// small-sample adjustment); the factor (n_i − 2k)/n_i is Bai and Perron's, and makes it equal <see cref="Statistic"/> under
/// the classical covariance.</param>
/// <param name="Critical">Bai and Perron's (2003) critical values for this q, ℓ and trim; null when untabulated.</param>
public sealed record NextBreakTest(int Breaks, double Statistic, int At, DateOnly? Session, double RobustStatistic, SupFCriticalValue? Critical)
{
    /// <summary>Whether ℓ breaks are rejected for ℓ + 1 at 5%.</summary>
    public bool RejectsAtFivePercent => Critical is { } c && Statistic > c.FivePercent;

    /// <summary>Whether the Newey–West version rejects ℓ breaks for ℓ + 1 at 5%.</summary>
    public bool RobustRejectsAtFivePercent => Critical is { } c && RobustStatistic > c.FivePercent;
}
