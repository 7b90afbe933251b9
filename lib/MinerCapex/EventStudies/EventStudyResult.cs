using Microsoft.Data.Analysis;
using MinerCapex.Panel;

namespace MinerCapex.EventStudies;

/// <summary>
/// Everything an event study found, as typed records and as tidy <see cref="DataFrame"/>s (one row per
/// observation, built on first use). Column names are snake_case; a missing value is a null cell.
/// </summary>
public sealed class EventStudyResult
{
    private readonly SessionPanel _returns;
    private readonly StudyGroups _studyGroups;
    private readonly Dictionary<(string Symbol, string EventId), StockEventResult> _bySymbolEvent;
    private readonly Lazy<DataFrame> _events, _fits, _abnormalFrame, _cars, _groups, _pooled, _skipped, _averages;

    internal EventStudyResult(
        SessionPanel returns, EventStudyOptions options, StudyGroups studyGroups, IReadOnlyList<StudiedEvent> events,
        IReadOnlyList<StockEventResult> stocks, IReadOnlyList<SkippedStock> skipped,
        IReadOnlyList<GroupEventResult> groups, IReadOnlyList<PooledResult> pooled,
        IReadOnlyList<AverageAbnormalReturn> averages, EventFits fits)
    {
        Fits = fits;
        _returns = returns;
        Options = options;
        _studyGroups = studyGroups;
        Symbols = studyGroups.Symbols;
        Events = events;
        Stocks = stocks;
        Skipped = skipped;
        Groups = groups;
        Pooled = pooled;
        AverageAbnormalReturns = averages;
        _bySymbolEvent = new Dictionary<(string, string), StockEventResult>(stocks.Count, SymbolEventComparer.Instance);
        foreach (var r in stocks) _bySymbolEvent[(r.Symbol, r.EventId)] = r;
        _events = new(() => EventStudyFrames.Events(Events));
        _fits = new(() => EventStudyFrames.Fits(Stocks));
        _abnormalFrame = new(() => EventStudyFrames.AbnormalReturns(this, _returns));
        _cars = new(() => EventStudyFrames.Cars(Stocks));
        _groups = new(() => EventStudyFrames.Groups(Groups));
        _pooled = new(() => EventStudyFrames.Pooled(Pooled));
        _skipped = new(() => EventStudyFrames.Skipped(Skipped));
        _averages = new(() => EventStudyFrames.Averages(AverageAbnormalReturns));
    }

    /// <summary>The fits behind the results, with their estimation residuals, for the tests that need them.</summary>
    internal EventFits Fits { get; }

    /// <summary>The settings the study ran with.</summary>
    public EventStudyOptions Options { get; }

    /// <summary>The studied stocks, in order.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The events, in the order given, with day 0 and cluster flags.</summary>
    public IReadOnlyList<StudiedEvent> Events { get; }

    /// <summary>One result per stock × event that could be fitted, ordered by event, then stock.</summary>
    public IReadOnlyList<StockEventResult> Stocks { get; }

    /// <summary>Stock × event pairs left out, with the reason.</summary>
    public IReadOnlyList<SkippedStock> Skipped { get; }

    /// <summary>Group tests, one per group × event × window.</summary>
    public IReadOnlyList<GroupEventResult> Groups { get; }

    /// <summary>Pooled tests, one per pool × group × window, for pools with at least one event.</summary>
    public IReadOnlyList<PooledResult> Pooled { get; }

    /// <summary>AAR and CAAR per group × event × offset, over the span of the event windows.</summary>
    public IReadOnlyList<AverageAbnormalReturn> AverageAbnormalReturns { get; }

    /// <summary>The result of <paramref name="symbol"/> for <paramref name="eventId"/>, or null when it was skipped.</summary>
    /// <exception cref="KeyNotFoundException">The symbol or the event is not part of the study.</exception>
    public StockEventResult? Get(string symbol, string eventId)
    {
        if (_bySymbolEvent.TryGetValue((symbol, eventId), out var r)) return r;
        if (!Symbols.Contains(symbol, StringComparer.OrdinalIgnoreCase))
            throw new KeyNotFoundException($"'{symbol}' is not a studied stock. Studied: {string.Join(", ", Symbols)}.");
        if (!Events.Any(e => e.Id == eventId))
            throw new KeyNotFoundException($"'{eventId}' is not a studied event. Studied: {string.Join(", ", Events.Select(e => e.Id))}.");
        return null;
    }

    /// <summary>The group test of <paramref name="group"/> for <paramref name="eventId"/> over <paramref name="window"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such group, event or window in the study.</exception>
    public CarTests GroupTest(string group, string eventId, EventWindow window) =>
        Groups.FirstOrDefault(g => g.Group == group && g.EventId == eventId && g.Window == window)?.Tests
        ?? throw new KeyNotFoundException($"No group result for group '{group}', event '{eventId}', window {window}.");

    /// <summary>The pooled test of <paramref name="pool"/> and <paramref name="group"/> over <paramref name="window"/>, or null when the pool had no event.</summary>
    public CarTests? PooledTest(string pool, string group, EventWindow window) =>
        Pooled.FirstOrDefault(p => p.Pool == pool && p.Group == group && p.Window == window)?.Tests;

    /// <summary>
    /// Welch's test of whether the group's CARs over <paramref name="window"/> differ between two pools, e.g.
    /// <c>ComparePools("ai", "btc", "miners", new EventWindow(0, 1))</c>. Each pool's CARs are those of its
    /// <see cref="Pooled"/> row (same events, same cluster handling).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such group, or the window is not one of the study's.</exception>
    public PoolComparison ComparePools(string pool, string otherPool, string group, EventWindow window)
    {
        var studyGroup = _studyGroups.Groups.FirstOrDefault(g => g.Name == group)
            ?? throw new KeyNotFoundException($"No group '{group}'. Groups: {string.Join(", ", _studyGroups.Groups.Select(g => g.Name))}.");
        if (!Options.EventWindows.Contains(window))
            throw new KeyNotFoundException($"Window {window} is not an event window of this study.");
        double[] Cars(string name)
        {
            var ids = Pooled.FirstOrDefault(p => p.Pool == name && p.Group == group && p.Window == window)?.EventIds ?? [];
            return ids.SelectMany(id => studyGroup.MembersFor(Events.First(e => e.Id == id).DayZero).Distinct(StringComparer.OrdinalIgnoreCase).Select(s => Get(s, id)?.Car(window)))
                .Where(c => c is { Status: CarStatus.Complete })
                .Select(c => c!.Value.Car!.Value)
                .ToArray();
        }
        var a = Cars(pool);
        var b = Cars(otherPool);
        var (m1, m2, t, df, p) = CrossSection.Welch(a, b);
        return new PoolComparison(pool, otherPool, group, window, a.Length, b.Length, m1, m2, m1 - m2, t, df, p);
    }

    /// <summary>
    /// <see cref="ComparePools(string, string, string, EventWindow)"/> for every group and window, as a frame:
    /// <c>pool, other_pool, group, window, n, other_n, mean_car, other_mean_car, difference, t_welch, df, p</c>.
    /// </summary>
    public DataFrame ComparePoolsFrame(string pool, string otherPool) => EventStudyFrames.Comparisons(
        _studyGroups.Groups.SelectMany(g => Options.EventWindows.Select(w => ComparePools(pool, otherPool, g.Name, w))).ToArray());

    /// <summary>
    /// Events: <c>event_id, date, first_session, category, cluster</c> (catalog), <c>clustered, cluster_id, clustered_with</c>.
    /// </summary>
    public DataFrame EventsFrame => _events.Value;

    /// <summary>
    /// Per stock × event fit: <c>event_id, symbol, model, n, df, alpha, beta_market, beta_btc, s_e, r_squared,
    /// estimation_start, estimation_end</c>.
    /// </summary>
    public DataFrame FitsFrame => _fits.Value;

    /// <summary>
    /// Daily abnormal returns: <c>event_id, symbol, offset, session, return, expected, ar</c>, one row per
    /// stock × event × offset over the span of the event windows; <c>ar</c> is null where a return is missing.
    /// </summary>
    public DataFrame AbnormalReturnsFrame => _abnormalFrame.Value;

    /// <summary>
    /// Per stock × event × window CARs: <c>event_id, symbol, window, window_start, window_end, length, status,
    /// missing_days, car, se, t, p</c>.
    /// </summary>
    public DataFrame CarsFrame => _cars.Value;

    /// <summary>
    /// Per group × event × window tests: <c>group, event_id, window, n, mean_car, sd_car, t_cs, p_cs, t_bmp,
    /// p_bmp, positive, negative, positive_share, p_sign</c>.
    /// </summary>
    public DataFrame GroupsFrame => _groups.Value;

    /// <summary>Pooled tests: <c>pool, group, window, events</c>, then the columns of <see cref="GroupsFrame"/> from <c>n</c> on.</summary>
    public DataFrame PooledFrame => _pooled.Value;

    /// <summary>AAR and CAAR paths: <c>group, event_id, offset, n, aar, caar</c>.</summary>
    public DataFrame AverageAbnormalReturnsFrame => _averages.Value;

    /// <summary>Skipped stock × event pairs: <c>event_id, symbol, reason, observations, detail</c>.</summary>
    public DataFrame SkippedFrame => _skipped.Value;

    private sealed class SymbolEventComparer : IEqualityComparer<(string Symbol, string EventId)>
    {
        public static readonly SymbolEventComparer Instance = new();
        public bool Equals((string Symbol, string EventId) a, (string Symbol, string EventId) b) =>
            StringComparer.OrdinalIgnoreCase.Equals(a.Symbol, b.Symbol) && StringComparer.Ordinal.Equals(a.EventId, b.EventId);
        public int GetHashCode((string Symbol, string EventId) k) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(k.Symbol), StringComparer.Ordinal.GetHashCode(k.EventId));
    }
}
