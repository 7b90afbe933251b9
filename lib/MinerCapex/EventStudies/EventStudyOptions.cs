namespace MinerCapex.EventStudies;

/// <summary>
/// Settings of an event study. The defaults are the study's definitions: model (B) on QQQ and BTC-USD,
/// estimation window <c>[-130,-11]</c> with at least 100 observations, event windows <c>[0,0]</c>,
/// <c>[0,+1]</c>, <c>[-1,+1]</c>, <c>[0,+5]</c>, other events' spans left out of every estimation window (which
/// reaches back to keep its length), the residual CAR variance <c>s_e²·L</c>, and one observation per stock and
/// session in pooled tests. Change one setting with <c>with</c>: <c>EventStudyOptions.Default with { Model = EventStudyModel.MarketModel }</c>.
/// </summary>
public sealed record EventStudyOptions
{
    /// <summary>The study's definitions, unchanged.</summary>
    public static EventStudyOptions Default { get; } = new();

    /// <summary>Model of normal returns. Default: <see cref="EventStudyModel.TwoFactor"/>.</summary>
    public EventStudyModel Model { get; init; } = EventStudyModel.TwoFactor;

    /// <summary>
    /// Sessions, relative to day 0, whose returns fit the model; default <c>[-130,-11]</c>. It must end
    /// before every event window starts. Where it reaches before the first session of the panel it is cut
    /// at the data's start, and the observation count decides.
    /// </summary>
    public EventWindow EstimationWindow { get; init; } = EventWindow.DefaultEstimation;

    /// <summary>
    /// Fewest sessions in the estimation window on which the stock and every factor of the model have a
    /// return; a stock with fewer is skipped for that event (a <see cref="SkippedStock"/>). Default 100. Must
    /// exceed the model's parameter count.
    /// </summary>
    public int MinObservations { get; init; } = 100;

    /// <summary>Windows over which CARs are summed and tested; default <see cref="EventWindow.DefaultEventWindows"/>.</summary>
    public IReadOnlyList<EventWindow> EventWindows { get; init; } = EventWindow.DefaultEventWindows;

    /// <summary>Panel column of the market factor of models A and B; default <c>QQQ</c>.</summary>
    public string MarketSymbol { get; init; } = "QQQ";

    /// <summary>Panel column of the Bitcoin factor of model B; default <c>BTC-USD</c>.</summary>
    public string BitcoinSymbol { get; init; } = "BTC-USD";

    /// <summary>Panel column of the AI capex basket of model D; default <c>AI_CAPEX</c> (<see cref="MinerCapex.Indices.StudyBaskets.AiCapexIndex"/>).</summary>
    public string AiBasketSymbol { get; init; } = "AI_CAPEX";

    /// <summary>
    /// What an estimation window does with the event spans of the other studied events that fall inside it;
    /// default <see cref="OtherEventsInEstimation.ExcludeAndExtend"/>.
    /// </summary>
    public OtherEventsInEstimation OtherEvents { get; init; } = OtherEventsInEstimation.ExcludeAndExtend;

    /// <summary>Variance of a CAR in the per-stock t and the BMP standardization; default <see cref="CarVariance.Residual"/>.</summary>
    public CarVariance Variance { get; init; } = CarVariance.Residual;

    /// <summary>What pooled tests do with events that share a session or a cluster; default <see cref="ClusterHandling.OnePerSession"/>.</summary>
    public ClusterHandling PooledClusters { get; init; } = ClusterHandling.OnePerSession;

    /// <summary>Category pools for pooled tests; default <see cref="EventPool.Defaults"/>.</summary>
    public IReadOnlyList<EventPool> Pools { get; init; } = EventPool.Defaults;

    /// <summary>Number of parameters k of the model (intercept included): 2 for A, 3 for B, 1 for C.</summary>
    public int Parameters => Model switch
    {
        EventStudyModel.MarketModel => 2,
        EventStudyModel.TwoFactor => 3,
        EventStudyModel.ConstantMean => 1,
        EventStudyModel.ThreeFactor => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(Model), Model, "Unknown event-study model."),
    };

    /// <summary>Checks the settings against each other.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the value.</exception>
    public void Validate()
    {
        var k = Parameters;
        if (MinObservations <= k)
            throw new ArgumentException(
                $"{nameof(MinObservations)} is {MinObservations}; model {Model} has {k} parameters, so it needs more than {k} observations.");
        if (EventWindows is null || EventWindows.Count == 0)
            throw new ArgumentException($"{nameof(EventWindows)} is empty; give at least one window such as [0,0].");
        var seen = new HashSet<EventWindow>();
        foreach (var w in EventWindows)
        {
            if (!seen.Add(w))
                throw new ArgumentException($"Event window {w} appears twice in {nameof(EventWindows)}.");
            if (w.Start <= EstimationWindow.End)
                throw new ArgumentException(
                    $"Event window {w} starts at or before the end of the estimation window {EstimationWindow}; the two must not overlap.");
        }
        if (string.IsNullOrWhiteSpace(MarketSymbol) && Model != EventStudyModel.ConstantMean)
            throw new ArgumentException($"{nameof(MarketSymbol)} is empty; model {Model} needs a market factor.");
        if (string.IsNullOrWhiteSpace(BitcoinSymbol) && Model == EventStudyModel.TwoFactor)
            throw new ArgumentException($"{nameof(BitcoinSymbol)} is empty; model {Model} needs a Bitcoin factor.");
        if (string.IsNullOrWhiteSpace(AiBasketSymbol) && Model == EventStudyModel.ThreeFactor)
            throw new ArgumentException($"{nameof(AiBasketSymbol)} is empty; model {Model} needs an AI basket factor.");
        if (Pools is null)
            throw new ArgumentException($"{nameof(Pools)} is null; pass an empty list for no pooled tests.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Pools)
        {
            if (!names.Add(p.Name))
                throw new ArgumentException($"The pool name '{p.Name}' appears twice in {nameof(Pools)}.");
        }
    }
}
