namespace MinerCapex.EventStudies;

/// <summary>Which variance of a CAR the per-stock t test (and the standardized CAR of the BMP test) divides by.</summary>
public enum CarVariance
{
    /// <summary>
    /// The default: <c>Var(CAR) = s_e²·L</c>, with <c>s_e</c> the residual standard error of the estimation
    /// regression (degrees of freedom n − k) and L the window length. Ignores the estimation error of the
    /// model's parameters.
    /// </summary>
    Residual,

    /// <summary>
    /// Prediction-error corrected: <c>Var(CAR) = s_e²·(L + ι'X₀(X'X)⁻¹X₀'ι)</c>, where X is the estimation
    /// design (intercept and factors) and X₀ the event-window rows, so the uncertainty of α and β over the
    /// window is added. Equals <c>s_e²·(L + L²/n + d'S⁻¹d)</c> with <c>d</c> the summed factor deviations from
    /// their estimation means and <c>S</c> their centred cross-product matrix.
    /// </summary>
    PredictionError,
}
