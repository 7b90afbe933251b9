namespace MinerCapex.EventStudies;

/// <summary>
/// Whether one pool of news moved a group more than another, e.g. AI capex news (<c>ai</c>) against Bitcoin's
/// own news (<c>btc</c>): Welch's two-sample t test on the two pools' stock × event CARs.
/// </summary>
/// <remarks>
/// <c>t = (mean₁ − mean₂) / sqrt(s₁²/n₁ + s₂²/n₂)</c> with Welch–Satterthwaite degrees of freedom
/// <c>(s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))</c>, p two-sided from Student's t.
/// The statistics are null when either pool has fewer than two CARs or both spreads are zero. The CARs
/// within a pool share event days, so the test is a description rather than an exact inference.
/// </remarks>
/// <param name="Pool">The first pool.</param>
/// <param name="OtherPool">The pool it is compared with.</param>
/// <param name="Group">The group whose CARs are compared.</param>
/// <param name="Window">The event window.</param>
/// <param name="N">Complete CARs in <paramref name="Pool"/>.</param>
/// <param name="OtherN">Complete CARs in <paramref name="OtherPool"/>.</param>
/// <param name="MeanCar">Mean CAR of <paramref name="Pool"/>; null when it has none.</param>
/// <param name="OtherMeanCar">Mean CAR of <paramref name="OtherPool"/>; null when it has none.</param>
/// <param name="Difference">MeanCar − OtherMeanCar.</param>
/// <param name="WelchT">Welch's t of the difference.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="P">Two-sided p-value.</param>
public sealed record PoolComparison(
    string Pool, string OtherPool, string Group, EventWindow Window, int N, int OtherN,
    double? MeanCar, double? OtherMeanCar, double? Difference, double? WelchT, double? DegreesOfFreedom, double? P);
