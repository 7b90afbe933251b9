using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// What the checks of one price file are measured against: the session calendar, the event catalog, the
/// universe and the options. Build it once and check every file with it.
/// </summary>
public sealed class QualityContext
{
    private readonly Dictionary<string, UniverseMember> _members;

    /// <summary>Creates the context.</summary>
    /// <param name="sessions">The session calendar (SPY's dates), strictly increasing and not empty.</param>
    /// <param name="events">The catalog events that large moves are matched with; may be empty.</param>
    /// <param name="universe">The universe: says which symbols are crypto (checked against calendar days) and which are miners.</param>
    /// <param name="options">Threshold and calendar symbol; <see cref="QualityOptions.Default"/> when null.</param>
    public QualityContext(
        IReadOnlyList<DateOnly> sessions,
        IReadOnlyList<MarketEvent> events,
        IReadOnlyList<UniverseMember> universe,
        QualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(universe);
        if (sessions.Count == 0) throw new ArgumentException("The session calendar is empty.", nameof(sessions));
        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions[i] <= sessions[i - 1])
                throw new ArgumentException($"Sessions must strictly increase: {sessions[i - 1]:yyyy-MM-dd} then {sessions[i]:yyyy-MM-dd}.", nameof(sessions));
        }
        Options = options ?? QualityOptions.Default;
        if (!(Options.LargeMoveThreshold > 0))
            throw new ArgumentOutOfRangeException(nameof(options), Options.LargeMoveThreshold, "The large-move threshold must be a positive fraction, e.g. 0.25.");

        Sessions = sessions;
        Events = events;
        Universe = universe;
        _members = new Dictionary<string, UniverseMember>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in universe) _members.TryAdd(m.Symbol, m);
    }

    /// <summary>The session calendar.</summary>
    public IReadOnlyList<DateOnly> Sessions { get; }

    /// <summary>The catalog events.</summary>
    public IReadOnlyList<MarketEvent> Events { get; }

    /// <summary>The universe rows.</summary>
    public IReadOnlyList<UniverseMember> Universe { get; }

    /// <summary>The options in force.</summary>
    public QualityOptions Options { get; }

    /// <summary>First session of the calendar.</summary>
    public DateOnly CalendarStart => Sessions[0];

    /// <summary>Last session of the calendar.</summary>
    public DateOnly CalendarEnd => Sessions[^1];

    /// <summary>The universe row of <paramref name="symbol"/>, or null when the universe has none.</summary>
    public UniverseMember? MemberOf(string symbol) => _members.GetValueOrDefault(symbol);

    /// <summary>
    /// True when <paramref name="symbol"/> trades every calendar day. Taken from the universe; a symbol the
    /// universe does not know is treated as an exchange-traded one.
    /// </summary>
    public bool TradesEveryDay(string symbol) => MemberOf(symbol)?.AssetClass == AssetClass.Crypto;
}
