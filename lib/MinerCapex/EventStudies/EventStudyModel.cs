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

    /// <summary>
    /// (D) Net of both channels: <c>R_t = α + β_m·R_QQQ,t + β_b·R_BTC,t + β_a·R⊥_AI,t + ε_t</c>, where
    /// <c>R⊥_AI</c> is the AI capex basket's return less its own market-model fit on QQQ over the same estimation
    /// window. An AI-news CAR is then the miners' move beyond the AI stocks' move, as a bitcoin-news CAR is the move
    /// beyond bitcoin's: the symmetric model. (Orthogonalising changes only the market beta and the intercept; the fitted values, and
    /// so the abnormal returns, are those of the plain three-factor regression.)
    /// </summary>
    ThreeFactor,
}
