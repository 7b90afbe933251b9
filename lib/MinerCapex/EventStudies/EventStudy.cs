using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.EventStudies;

/// <summary>
/// Event studies of stock returns around dated news: abnormal returns (AR), cumulative abnormal returns
/// (CAR) and their tests, per stock, per group and pooled by event category.
/// </summary>
/// <remarks>
/// <para><b>Definitions.</b></para>
/// <list type="bullet">
/// <item>Returns are the panel's log returns, <c>ln(P_t / P_{t-1})</c> between consecutive sessions; a
/// non-finite value counts as missing.</item>
/// <item>Day 0 is the event's <see cref="MarketEvent.FirstSession"/>, which must be a session of the panel.
/// Offsets count sessions from day 0 (see <see cref="EventWindow"/>, whose ends are inclusive).</item>
/// <item>The model (<see cref="EventStudyModel"/>) is fitted by OLS with an intercept on the estimation window,
/// <c>[-130,-11]</c> by default, over the sessions on which the stock and every factor have a return. The spans of
/// the other studied events are left out of it, and by default it reaches back to keep its length
/// (<see cref="EventStudyOptions.OtherEvents"/>). With fewer
/// than <see cref="EventStudyOptions.MinObservations"/> (100) such sessions, or a degenerate fit, the stock is
/// skipped for that event and a <see cref="SkippedStock"/> says why.</item>
/// <item><c>AR_t = R_t − (α̂ + β̂'F_t)</c> on each event-window session; <c>CAR = Σ AR_t</c> over a window. A
/// window with a missing AR, or running past the data's end, has no CAR (<see cref="CarStatus"/>).</item>
/// <item>Per stock: <c>t = CAR / (s_e·sqrt(L))</c>, s_e the residual standard error with n − k degrees of
/// freedom, L the window length, p two-sided from Student's t(n − k);
/// <see cref="CarVariance.PredictionError"/> adds the parameters' estimation error.</item>
/// <item>Per group and event, and pooled over the stock × event pairs of a category pool: the cross-sectional
/// t, the Boehmer–Musumeci–Poulsen standardized t and a sign test (<see cref="CarTests"/>).</item>
/// <item>Events whose catalog cluster matches or whose event spans overlap are flagged as clustered
/// (<see cref="StudiedEvent"/>); pooled tests may drop them (<see cref="EventStudyOptions.PooledClusters"/>).</item>
/// </list>
/// </remarks>
public static class EventStudy
{
    /// <summary>Runs the event study of the stocks of <paramref name="groups"/> around <paramref name="events"/>.</summary>
    /// <param name="returns">Log returns on sessions (e.g. <c>prices.ToLogReturns()</c>); must hold every studied stock and the model's factors.</param>
    /// <param name="events">Events, e.g. catalog rows filtered by category; ids must be distinct.</param>
    /// <param name="groups">The stocks and the groups they are tested in (e.g. <see cref="StudyGroups.FromUniverse"/>).</param>
    /// <param name="options">Settings; null for <see cref="EventStudyOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">
    /// An option is out of range; a stock or factor is not in the panel; two events share an id; or an event's
    /// first session is not a session of the panel.
    /// </exception>
    public static EventStudyResult Run(
        SessionPanel returns, IEnumerable<MarketEvent> events, StudyGroups groups, EventStudyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(groups);
        options ??= EventStudyOptions.Default;
        options.Validate();

        var symbols = groups.Symbols;
        var unknown = symbols.Where(s => !returns.Contains(s)).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException(
                $"Not in the returns panel: {string.Join(", ", unknown)}. Known symbols: {string.Join(", ", returns.Symbols)}.",
                nameof(groups));

        var (x1, x2, x3, regressors) = Factors(returns, options);
        var studied = PlaceEvents(returns, events.ToArray(), options);
        var fits = new EventFits(returns, symbols, studied, options, x1, x2, x3, regressors);
        for (var e = 0; e < studied.Length; e++) studied[e] = studied[e] with { ExcludedSessions = fits.Excluded(e) };
        fits.FitAll();
        var groupResults = GroupCrossSections.Test(fits, groups.Groups);
        var pooled = PooledCrossSections.Test(fits, groups.Groups);
        var paths = GroupCrossSections.AveragePaths(fits, groups.Groups);
        return new EventStudyResult(
            returns, options, groups, studied, fits.Stocks, fits.Skipped, groupResults, pooled, paths, fits);
    }

    /// <summary>Runs the event study of <paramref name="symbols"/> as one group named <c>all</c>.</summary>
    /// <inheritdoc cref="Run(SessionPanel, IEnumerable{MarketEvent}, StudyGroups, EventStudyOptions?)"/>
    public static EventStudyResult Run(
        SessionPanel returns, IEnumerable<MarketEvent> events, IEnumerable<string> symbols, EventStudyOptions? options = null) =>
        Run(returns, events, StudyGroups.Of("all", symbols), options);

    private static (double[] X1, double[] X2, double[] X3, int Regressors) Factors(SessionPanel returns, EventStudyOptions options)
    {
        double[] Column(string symbol) => returns.Contains(symbol)
            ? returns[symbol]
            : throw new ArgumentException(
                $"Model {options.Model} needs the factor '{symbol}' as a column of the returns panel. Known symbols: {string.Join(", ", returns.Symbols)}.",
                nameof(options));

        // Unused factors are a column of zeros, so one estimation loop serves every model.
        var zeros = new double[returns.Length];
        return options.Model switch
        {
            EventStudyModel.MarketModel => (Column(options.MarketSymbol), zeros, zeros, 1),
            EventStudyModel.TwoFactor => (Column(options.MarketSymbol), Column(options.BitcoinSymbol), zeros, 2),
            EventStudyModel.ThreeFactor => (Column(options.MarketSymbol), Column(options.BitcoinSymbol), Column(options.AiBasketSymbol), 3),
            _ => (zeros, zeros, zeros, 0),
        };
    }

    private static StudiedEvent[] PlaceEvents(SessionPanel returns, MarketEvent[] events, EventStudyOptions options)
    {
        var sessions = returns.Sessions;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var dayZero = new int[events.Length];
        for (var e = 0; e < events.Length; e++)
        {
            var ev = events[e] ?? throw new ArgumentException("An event is null.", nameof(events));
            if (!ids.Add(ev.Id))
                throw new ArgumentException($"Event id '{ev.Id}' appears twice.", nameof(events));
            dayZero[e] = returns.IndexOf(ev.FirstSession);
            if (dayZero[e] < 0)
                throw new ArgumentException(NotASession(ev, sessions), nameof(events));
        }

        int first = options.EventWindows.Min(w => w.Start), last = options.EventWindows.Max(w => w.End);
        var parent = Enumerable.Range(0, events.Length).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        var partners = new List<string>[events.Length];
        for (var i = 0; i < events.Length; i++) partners[i] = [];
        for (var i = 0; i < events.Length; i++)
        {
            for (var j = i + 1; j < events.Length; j++)
            {
                var sameCluster = events[i].Cluster is { Length: > 0 } c && c == events[j].Cluster;
                var overlap = dayZero[i] + first <= dayZero[j] + last && dayZero[j] + first <= dayZero[i] + last;
                if (!sameCluster && !overlap) continue;
                partners[i].Add(events[j].Id);
                partners[j].Add(events[i].Id);
                int ri = Root(i), rj = Root(j);
                if (ri != rj) parent[Math.Max(ri, rj)] = Math.Min(ri, rj); // the root stays the earliest event
            }
        }
        return events.Select((ev, i) => new StudiedEvent(
            ev, ev.FirstSession, partners[i].Count > 0, partners[i], events[Root(i)].Id)).ToArray();
    }

    private static string NotASession(MarketEvent ev, IReadOnlyList<DateOnly> sessions)
    {
        var where = sessions.Count == 0 ? "the panel has no sessions"
            : ev.FirstSession < sessions[0] ? $"it is before the panel's first session {sessions[0]:yyyy-MM-dd}"
            : ev.FirstSession > sessions[^1] ? $"it is after the panel's last session {sessions[^1]:yyyy-MM-dd}"
            : "the market was closed that day";
        return $"Event '{ev.Id}': first session {ev.FirstSession:yyyy-MM-dd} is not a session of the returns panel ({where}); day 0 must be a session.";
    }
}
