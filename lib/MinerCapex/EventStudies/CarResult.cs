namespace MinerCapex.EventStudies;

/// <summary>
/// The cumulative abnormal return of one stock over one event window, with its per-stock test.
/// </summary>
/// <remarks>
/// <c>CAR = Σ AR_t</c> over the window's L sessions, where <c>AR_t = R_t − E[R_t]</c> and <c>E[R_t]</c> comes
/// from the model fitted on the estimation window. The per-stock statistic is <c>t = CAR / SE</c> with
/// <c>SE = s_e·sqrt(L)</c> by default (<see cref="CarVariance.Residual"/>), and its two-sided p-value comes from
/// Student's t with n − k degrees of freedom. The same t is the standardized CAR (SCAR) that the
/// Boehmer–Musumeci–Poulsen test averages. When <see cref="Status"/> is not <see cref="CarStatus.Complete"/>,
/// <see cref="Car"/>, <see cref="StandardError"/>, <see cref="T"/> and <see cref="P"/> are null.
/// </remarks>
/// <param name="Window">The event window.</param>
/// <param name="Status">Whether the CAR could be formed.</param>
/// <param name="MissingDays">Sessions of the window without an abnormal return (beyond the data's end included).</param>
/// <param name="Car">Cumulative abnormal log return.</param>
/// <param name="StandardError">Standard error of the CAR under <see cref="EventStudyOptions.Variance"/>.</param>
/// <param name="T">CAR / standard error: the per-stock t, and the stock's SCAR.</param>
/// <param name="P">Two-sided p-value of <see cref="T"/> (Student t, n − k degrees of freedom).</param>
public readonly record struct CarResult(
    EventWindow Window, CarStatus Status, int MissingDays, double? Car, double? StandardError, double? T, double? P);
