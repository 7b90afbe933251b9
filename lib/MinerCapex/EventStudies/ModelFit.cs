namespace MinerCapex.EventStudies;

/// <summary>
/// A stock's normal-return model fitted on one event's estimation window by OLS with an intercept.
/// </summary>
/// <param name="Model">Which model was fitted.</param>
/// <param name="Observations">n: estimation sessions on which the stock and every factor have a return.</param>
/// <param name="DegreesOfFreedom">n − k, with k the number of parameters (intercept included).</param>
/// <param name="Alpha">Intercept (the mean return μ under the constant-mean model).</param>
/// <param name="MarketBeta">
/// Slope on the market factor (QQQ); null under the constant-mean model. Under model D it is the slope with the
/// AI basket orthogonalised to QQQ, so the market's full exposure, the basket's market part included.
/// </param>
/// <param name="BitcoinBeta">Slope on the Bitcoin factor (BTC-USD); null unless the model is two-factor.</param>
/// <param name="ResidualStdError">s_e = sqrt(SSR / (n − k)).</param>
/// <param name="RSquared">1 − SSR / SST (centred); 0 under the constant-mean model.</param>
/// <param name="EstimationStart">First session of the estimation window as used (cut at the data's start).</param>
/// <param name="EstimationEnd">Last session of the estimation window.</param>
/// <param name="AiBeta">Slope on the AI basket's return orthogonalised to QQQ; null unless the model is <see cref="EventStudyModel.ThreeFactor"/>.</param>
public readonly record struct ModelFit(
    EventStudyModel Model,
    int Observations,
    int DegreesOfFreedom,
    double Alpha,
    double? MarketBeta,
    double? BitcoinBeta,
    double ResidualStdError,
    double RSquared,
    DateOnly EstimationStart,
    DateOnly EstimationEnd,
    double? AiBeta = null);
