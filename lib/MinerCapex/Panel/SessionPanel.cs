namespace MinerCapex.Panel;

/// <summary>
/// Values (prices or returns) of several symbols aligned on one session calendar: rows are NYSE sessions (taken from
/// the benchmark's dates), columns are symbols.
/// </summary>
/// <remarks>
/// A missing value is <see cref="double.NaN"/>, never a filled value: the panel reports what the
/// files hold. Columns are contiguous <c>double[]</c> so that analytics can run over spans
/// without boxing; the notebook layer turns panels into DataFrames at the edge.
/// The panel is immutable once built: callers must not write into the arrays it hands out.
/// </remarks>
public sealed class SessionPanel
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Builds a panel; every column must have one value per session.</summary>
    public SessionPanel(IReadOnlyList<DateOnly> sessions, IReadOnlyList<string> symbols, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(columns);
        if (symbols.Count != columns.Count)
            throw new ArgumentException($"{symbols.Count} symbols but {columns.Count} columns.", nameof(columns));
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Length != sessions.Count)
                throw new ArgumentException(
                    $"Column '{symbols[c]}' has {columns[c].Length} values for {sessions.Count} sessions.", nameof(columns));
        }
        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions[i] <= sessions[i - 1])
                throw new ArgumentException($"Sessions must be strictly increasing: {sessions[i - 1]:yyyy-MM-dd} then {sessions[i]:yyyy-MM-dd}.", nameof(sessions));
        }

        Sessions = sessions;
        Symbols = symbols;
        Columns = columns;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < symbols.Count; c++)
        {
            if (!_index.TryAdd(symbols[c], c))
                throw new ArgumentException($"Symbol '{symbols[c]}' appears twice.", nameof(symbols));
        }
    }

    /// <summary>The session dates, strictly increasing.</summary>
    public IReadOnlyList<DateOnly> Sessions { get; }

    /// <summary>The symbols, in column order.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>One array per symbol, one value per session; NaN where the value is missing.</summary>
    public IReadOnlyList<double[]> Columns { get; }

    /// <summary>Number of sessions (rows).</summary>
    public int Length => Sessions.Count;

    /// <summary>True when the panel has a column for <paramref name="symbol"/> (case-insensitive).</summary>
    public bool Contains(string symbol) => _index.ContainsKey(symbol);

    /// <summary>The column of <paramref name="symbol"/>; NaN where missing.</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not in the panel; the message lists the ones that are.</exception>
    public double[] this[string symbol] =>
        _index.TryGetValue(symbol, out var c)
            ? Columns[c]
            : throw new KeyNotFoundException(
                $"Unknown symbol '{symbol}'. Known symbols: {string.Join(", ", Symbols)}.");

    /// <summary>Row index of <paramref name="session"/>, or -1 when it is not a session of the panel.</summary>
    public int IndexOf(DateOnly session)
    {
        var lo = 0;
        var hi = Sessions.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var cmp = Sessions[mid].CompareTo(session);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
