using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.Analytics;

/// <summary>
/// Pearson correlations between every pair of a set of series over one period, each pair on its
/// pairwise-complete observations (see <see cref="Pearson"/>). Build it with
/// <see cref="CorrelationMatrices.CorrelationMatrix"/>.
/// </summary>
/// <remarks>
/// An entry is NaN when the pair has fewer than two common observations or either series is constant
/// over them; the diagonal is 1 for every series that is not constant.
/// </remarks>
public sealed class CorrelationMatrix
{
    private readonly double[] _values;
    private readonly int[] _counts;
    private readonly Dictionary<string, int> _index;

    internal CorrelationMatrix(IReadOnlyList<string> symbols, Period period, DateOnly firstSession, DateOnly lastSession, double[] values, int[] counts)
    {
        Symbols = symbols;
        Period = period;
        FirstSession = firstSession;
        LastSession = lastSession;
        _values = values;
        _counts = counts;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < symbols.Count; i++) _index[symbols[i]] = i;
    }

    /// <summary>The series, in row and column order.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The period asked for.</summary>
    public Period Period { get; }

    /// <summary>First session of the panel inside the period.</summary>
    public DateOnly FirstSession { get; }

    /// <summary>Last session of the panel inside the period.</summary>
    public DateOnly LastSession { get; }

    /// <summary>The correlation between the series in row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    public double this[int row, int column] => _values[row * Symbols.Count + column];

    /// <summary>The correlation between two symbols of the matrix (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the matrix; the message lists the ones that are.</exception>
    public double this[string row, string column] => this[IndexOf(row), IndexOf(column)];

    /// <summary>Number of sessions on which both series are present.</summary>
    public int Count(string row, string column) => _counts[IndexOf(row) * Symbols.Count + IndexOf(column)];

    /// <summary>The correlations as a square array, rows and columns in <see cref="Symbols"/> order (e.g. for a heatmap).</summary>
    public double[,] ToArray()
    {
        var n = Symbols.Count;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
            a[i, j] = _values[i * n + j];
        return a;
    }

    /// <summary>One row per symbol: a <c>symbol</c> column, then one correlation column per symbol (null where undefined).</summary>
    public DataFrame ToDataFrame()
    {
        var n = Symbols.Count;
        var columns = new List<DataFrameColumn> { Frames.Text("symbol", Symbols) };
        for (var j = 0; j < n; j++)
            columns.Add(Frames.Doubles(Symbols[j], Enumerable.Range(0, n).Select(i => _values[i * n + j])));
        return new DataFrame(columns);
    }

    private int IndexOf(string symbol) =>
        _index.TryGetValue(symbol, out var i)
            ? i
            : throw new KeyNotFoundException($"'{symbol}' is not in the correlation matrix. Symbols: {string.Join(", ", Symbols)}.");
}
