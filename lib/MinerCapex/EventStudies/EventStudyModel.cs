namespace MinerCapex.EventStudies;

/// <summary>
/// How a stock's normal (expected) return is modelled from its estimation window. All models are
/// fitted by ordinary least squares with an intercept on log returns.
/// </summary>
public enum EventStudyModel
{
    /// <summary>
    /// (A) Market model: <c>R_t = α + β·R_QQQ,t + ε_t</c>; the expected return is <c>α + β·R_QQQ,t</c>.
    /// </summary>
    MarketModel,

    /// <summary>
    /// (B) Two-factor model: <c>R_t = α + β_m·R_QQQ,t + β_b·R_BTC,t + ε_t</c>. The key model of the study:
    /// its abnormal return is what neither the market nor Bitcoin explains.
    /// </summary>
    TwoFactor,

    /// <summary>(C) Constant-mean model: <c>R_t = μ + ε_t</c>; the expected return is the estimation-window mean.</summary>
    ConstantMean,
}
