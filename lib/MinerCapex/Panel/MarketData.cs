using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using MinerCapex.Data;

namespace MinerCapex.Panel;

/// <summary>
/// The bundled data set in one object: every price file of <c>data/prices/</c>, the session calendar, the
/// universe, the event catalog and the capex figures, with panels of any price field on demand.
/// </summary>
/// <remarks>
/// <para>Sessions are SPY's dates (<see cref="CalendarSymbol"/>): the NYSE sessions of the snapshot.</para>
/// <para>Everything is read and checked by <see cref="Load"/>, so a malformed file fails there with a
/// <see cref="DataFormatException"/>, not later in a notebook cell. The object is immutable and thread-safe.</para>
/// <para>Columns are ordered as in <c>universe.csv</c>, then any other price files by name.</para>
/// </remarks>
public sealed class MarketData
{
    /// <summary>The symbol whose dates define the session calendar.</summary>
    public const string CalendarSymbol = "SPY";

    private readonly PriceHistory[] _series;
    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyList<UniverseMember>? _universe;
    private readonly IReadOnlyList<MarketEvent>? _events;
    private readonly IReadOnlyList<CapexFigure>? _capex;
    private readonly StudyRoles? _roles;
    // Each miner's first ai_pivot session, worked out once: the index builds and event studies ask per session and stock.
    private readonly Lazy<IReadOnlyDictionary<string, DateOnly>> _aiPivotFrom;
    private readonly ConcurrentDictionary<(PriceField, PanelOptions), SessionPanel> _panels = new();

    private MarketData(string directory, PanelOptions options, PriceHistory[] series, IReadOnlyList<DateOnly> sessions,
        IReadOnlyList<UniverseMember>? universe, IReadOnlyList<MarketEvent>? events, IReadOnlyList<CapexFigure>? capex, StudyRoles? roles)
    {
        _roles = roles;
        DataDirectory = directory;
        Options = options;
        _series = series;
        Sessions = sessions;
        _universe = universe;
        _aiPivotFrom = new(() => AiPivotDates(universe ?? [], events));
        _events = events;
        _capex = capex;
        Symbols = Array.ConvertAll(series, s => s.Symbol);
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < series.Length; c++) _index.Add(series[c].Symbol, c);
        Placeholders = series.SelectMany(s => s.Placeholders).ToList();
        Prices = Panel(PriceField.StudyPrice);
    }

    /// <summary>
    /// Reads the data folder. Price files are parsed in parallel; the catalogs are read when their files exist
    /// and the events are checked against the session calendar.
    /// </summary>
    /// <param name="dataDirectory">The <c>data/</c> folder or the clone's root; null to search (see <see cref="MinerCapex.Panel.DataDirectory.Resolve"/>).</param>
    /// <param name="options">Panel treatment for <see cref="Prices"/> and for <see cref="Panel(PriceField, PanelOptions?)"/> calls without options; defaults when null.</param>
    /// <exception cref="DirectoryNotFoundException">No data folder; the message lists where the search looked.</exception>
    /// <exception cref="FileNotFoundException">There is no <c>prices/SPY.csv</c> to take the sessions from.</exception>
    /// <exception cref="DataFormatException">A file is malformed, or the universe lists a symbol without a price file.</exception>
    public static MarketData Load(string? dataDirectory = null, PanelOptions? options = null)
    {
        var directory = MinerCapex.Panel.DataDirectory.Resolve(dataDirectory);
        var files = Directory.GetFiles(Path.Combine(directory, "prices"), "*.csv");
        Array.Sort(files, StringComparer.Ordinal);
        var series = ReadAll(files);

        var calendar = Array.Find(series, s => s.Symbol.Equals(CalendarSymbol, StringComparison.OrdinalIgnoreCase))
            ?? throw new FileNotFoundException(
                $"The session calendar is taken from {CalendarSymbol}'s dates, but there is no {CalendarSymbol}.csv in {Path.Combine(directory, "prices")}.");
        var sessions = calendar.Dates;

        var universePath = Path.Combine(directory, "universe.csv");
        var universe = File.Exists(universePath) ? UniverseFile.Read(universePath) : null;
        if (universe is not null) series = OrderByUniverse(series, universe, universePath);
        var eventsPath = Path.Combine(directory, "events.csv");
        var events = File.Exists(eventsPath) ? EventFile.Read(eventsPath, sessions) : null;
        var capexPath = Path.Combine(directory, "capex.csv");
        var capex = File.Exists(capexPath) ? CapexFile.Read(capexPath) : null;
        if (universe is not null && events is not null) CheckPivotEvents(universe, events, universePath);
        var rolesPath = Path.Combine(directory, StudyRoleFile.FileName);
        var roles = File.Exists(rolesPath) && events is not null
            ? StudyRoleFile.Read(rolesPath, events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), Array.ConvertAll(series, s => s.Symbol))
            : null;

        return new MarketData(directory, options ?? PanelOptions.Default, series, sessions, universe, events, capex, roles);
    }

    /// <summary>Full path of the data folder that was read.</summary>
    public string DataDirectory { get; }

    /// <summary>The options given to <see cref="Load"/>: the default treatment of every panel.</summary>
    public PanelOptions Options { get; }

    /// <summary>Every symbol with a price file, in column order.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The NYSE sessions: SPY's dates, strictly increasing.</summary>
    public IReadOnlyList<DateOnly> Sessions { get; }

    /// <summary>The study prices (Adj Close, else Close) of every symbol on every session, with the load options.</summary>
    public SessionPanel Prices { get; }

    /// <summary>Every placeholder bar in the price files, in column then date order (kept in <see cref="History"/>).</summary>
    public IReadOnlyList<PlaceholderBar> Placeholders { get; }

    /// <summary>The rows of <c>universe.csv</c>.</summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public IReadOnlyList<UniverseMember> Universe => _universe ?? throw Absent("universe.csv");

    /// <summary>The rows of <c>events.csv</c>, checked against <see cref="Sessions"/>.</summary>
    /// <exception cref="FileNotFoundException">The data folder has no events.csv.</exception>
    public IReadOnlyList<MarketEvent> Events => _events ?? throw Absent("events.csv");

    /// <summary>The rows of <c>capex.csv</c>.</summary>
    /// <exception cref="FileNotFoundException">The data folder has no capex.csv.</exception>
    public IReadOnlyList<CapexFigure> Capex => _capex ?? throw Absent("capex.csv");

    /// <summary>The study's seed events and factor symbols, from <c>study.csv</c> (checked against the events and the price files).</summary>
    /// <exception cref="FileNotFoundException">The data folder has no study.csv (or no events.csv to check it against).</exception>
    public StudyRoles Roles => _roles ?? throw Absent(StudyRoleFile.FileName);

    /// <summary>True when <paramref name="symbol"/> has a price file (any letter case).</summary>
    public bool Contains(string symbol) => _index.ContainsKey(symbol);

    /// <summary>The bars of <paramref name="symbol"/> exactly as its file has them, placeholders included.</summary>
    /// <exception cref="KeyNotFoundException">Unknown symbol; the message lists the known ones.</exception>
    public PriceHistory History(string symbol) => _series[IndexOf(symbol)];

    /// <summary>
    /// One column per symbol of <paramref name="field"/> on every session. Missing values are NaN; see
    /// <see cref="PanelBuilder"/> for the alignment and <see cref="PanelOptions"/> for placeholders and filling.
    /// </summary>
    /// <param name="field">The bar value to take; the study price by default.</param>
    /// <param name="options">Treatment of this panel; the <see cref="Load"/> options when null.</param>
    public SessionPanel Panel(PriceField field = PriceField.StudyPrice, PanelOptions? options = null) =>
        _panels.GetOrAdd((field, options ?? Options), key => PanelBuilder.Align(Sessions, _series, key.Item1, key.Item2));

    /// <summary>The panel of <paramref name="field"/> restricted to <paramref name="symbols"/>, in the order given.</summary>
    /// <exception cref="KeyNotFoundException">An unknown symbol; the message lists the known ones.</exception>
    public SessionPanel Panel(IEnumerable<string> symbols, PriceField field = PriceField.StudyPrice, PanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var full = Panel(field, options);
        var names = symbols.ToList();
        var columns = names.Select(s => full.Columns[IndexOf(s)]).ToList();
        return new SessionPanel(Sessions, names.Select(s => _series[IndexOf(s)].Symbol).ToList(), columns);
    }

    /// <summary>The universe member of <paramref name="symbol"/>.</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not in universe.csv; the message lists the ones that are.</exception>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public UniverseMember Member(string symbol) =>
        Universe.FirstOrDefault(m => m.Symbol.Equals(symbol, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Unknown symbol '{symbol}'. universe.csv lists: {string.Join(", ", Universe.Select(m => m.Symbol))}.");

    /// <summary>The symbols of <paramref name="group"/> (and of <paramref name="subgroup"/> when given), in universe order.</summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public IReadOnlyList<string> SymbolsIn(SymbolGroup group, MinerSubgroup? subgroup = null) =>
        Universe.Where(m => m.Group == group && (subgroup is null || m.Subgroup == subgroup)).Select(m => m.Symbol).ToList();

    /// <summary>
    /// The first session on which <paramref name="symbol"/> counts as <c>ai_pivot</c>: the first session that could
    /// price the announcement of its first signed AI/HPC contract (the catalog row named in <c>ai_pivot_event</c>),
    /// or its <c>ai_pivot_since</c> date when the data has no catalog. Null when the miner never signed one, or when
    /// the universe has no dating columns.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The symbol is not in universe.csv.</exception>
    public DateOnly? AiPivotFrom(string symbol) =>
        _aiPivotFrom.Value.TryGetValue(Member(symbol).Symbol, out var from) ? from : null;

    /// <summary>
    /// The miners that are <c>ai_pivot</c> on some date (by date, or at the end of the data when the universe is not
    /// dated), in universe order: the candidates of the dated <c>ai_pivot</c> groups.
    /// </summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public IReadOnlyList<string> AiPivotCandidates() =>
        SymbolsIn(SymbolGroup.Miner).Where(s => AiPivotFrom(s) is not null || Member(s).Subgroup == MinerSubgroup.AiPivot).ToList();

    private static Dictionary<string, DateOnly> AiPivotDates(IReadOnlyList<UniverseMember> universe, IReadOnlyList<MarketEvent>? events)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in universe)
        {
            if (m.AiPivotSince is not { } since) continue;
            dates[m.Symbol] = events?.FirstOrDefault(e => e.Id == m.AiPivotEvent)?.FirstSession ?? since;
        }
        return dates;
    }

    /// <summary>
    /// Was <paramref name="symbol"/> an <c>ai_pivot</c> miner on <paramref name="date"/>: had the market, by that
    /// session's close, seen the announcement of its first signed AI/HPC contract? A miner whose contract was announced
    /// after the close of <c>d</c> is not yet <c>ai_pivot</c> on <c>d</c>.
    /// </summary>
    /// <remarks>
    /// Without the universe's dating columns this falls back to the end-of-data sub-group on every date, which is the
    /// grouping <see cref="MinerSubgroup"/> states.
    /// </remarks>
    /// <exception cref="KeyNotFoundException">The symbol is not in universe.csv.</exception>
    public bool IsAiPivot(string symbol, DateOnly date)
    {
        var member = Member(symbol);
        if (member.Group != SymbolGroup.Miner) return false;
        if (_aiPivotFrom.Value.Count == 0) return member.Subgroup == MinerSubgroup.AiPivot;
        return AiPivotFrom(symbol) is { } from && from <= date;
    }

    private int IndexOf(string symbol) =>
        _index.TryGetValue(symbol, out var c)
            ? c
            : throw new KeyNotFoundException($"Unknown symbol '{symbol}'. Known symbols: {string.Join(", ", Symbols)}.");

    private FileNotFoundException Absent(string file) =>
        new($"There is no {file} in {DataDirectory}.", Path.Combine(DataDirectory, file));

    /// <summary>Parses every file, in parallel; if any fails, rethrows the failure of the first failing file by name.</summary>
    private static PriceHistory[] ReadAll(string[] files)
    {
        var series = new PriceHistory[files.Length];
        var failures = new ExceptionDispatchInfo?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try
            {
                series[i] = PriceFile.Read(files[i], DateOrder.StrictlyIncreasing);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
        return series;
    }

    // A dated membership must rest on a catalog row that says what it claims: a miner's AI deal, naming the miner, of
    // that date. The universe file's own reader cannot check this, as it does not see the catalog.
    private static void CheckPivotEvents(IReadOnlyList<UniverseMember> universe, IReadOnlyList<MarketEvent> events, string universePath)
    {
        for (var i = 0; i < universe.Count; i++)
        {
            var m = universe[i];
            if (m.AiPivotEvent is null) continue;
            var e = events.FirstOrDefault(x => x.Id == m.AiPivotEvent);
            string? problem =
                e is null ? "the id of a row of events.csv"
                : e.Category != EventCategory.MinerAiDeal ? $"a miner_ai_deal row of events.csv; '{e.Id}' is {e.Category.ToToken()}"
                : !e.Entities.Contains(m.Symbol, StringComparer.OrdinalIgnoreCase) ? $"a row whose entities name {m.Symbol}; '{e.Id}' names {string.Join(";", e.Entities)}"
                : e.Date != m.AiPivotSince ? $"a row dated {m.AiPivotSince:yyyy-MM-dd} as ai_pivot_since says; '{e.Id}' is dated {e.Date:yyyy-MM-dd}"
                : null;
            if (problem is not null) throw new DataFormatException(universePath, i + 2, 0, m.AiPivotEvent, problem);
        }
    }

    private static PriceHistory[] OrderByUniverse(PriceHistory[] series, IReadOnlyList<UniverseMember> universe, string universePath)
    {
        var bySymbol = series.ToDictionary(s => s.Symbol, StringComparer.OrdinalIgnoreCase);
        var ordered = new List<PriceHistory>(series.Length);
        for (var i = 0; i < universe.Count; i++)
        {
            if (!bySymbol.Remove(universe[i].Symbol, out var s))
            {
                throw new DataFormatException(universePath, i + 2, 0, universe[i].Symbol,
                    $"a symbol with a price file; prices/ has {string.Join(", ", series.Select(x => x.Symbol))}");
            }
            ordered.Add(s);
        }
        ordered.AddRange(series.Where(s => bySymbol.ContainsKey(s.Symbol)));
        return [.. ordered];
    }
}
