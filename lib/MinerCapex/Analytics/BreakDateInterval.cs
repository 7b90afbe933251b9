namespace MinerCapex.Analytics;

/// <summary>
/// A break date with its confidence interval (Bai 1997; Bai and Perron 1998, 2003), as strucchange's
/// <c>confint(breakpoints, level)</c> computes it with its defaults (<c>het.reg = TRUE, het.err = TRUE</c>): the regressors'
/// moments and the error variance may differ on the two sides of the break.
/// </summary>
/// <param name="Break">The break: rows before the new regime (strucchange's break point), so also the row index of the new regime's first session.</param>
/// <param name="Lower">Lower end of the interval, on the same row scale (may fall outside the sample).</param>
/// <param name="Upper">Upper end of the interval, on the same row scale.</param>
/// <param name="Session">The first session of the new regime.</param>
/// <param name="LowerSession">The session at <see cref="Lower"/> (the sample's first or last session when it falls outside).</param>
/// <param name="UpperSession">The session at <see cref="Upper"/>, clamped likewise.</param>
/// <param name="Level">Coverage, e.g. 0.95.</param>
public sealed record BreakDateInterval(int Break, int Lower, int Upper, DateOnly Session, DateOnly LowerSession, DateOnly UpperSession, double Level);
