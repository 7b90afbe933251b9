using System.Collections;
using System.Collections.ObjectModel;

namespace MinerCapex.Data;

/// <summary>
/// The bars of one symbol in file order, with where they came from, stored as columns: one value per bar and field,
/// NaN where the file says <c>null</c>. The one form of a price series in the library: the loader parses into it,
/// the panel aligns from it, the quality checks and notebooks read its <see cref="Bars"/>.
/// </summary>
/// <remarks>
/// Columns because every consumer of many series (the panel, the returns, a benchmark over 500 symbols) reads one
/// field down the dates; a bar per line would cost an object's worth of nullable fields for each. The
/// <see cref="Placeholders"/> are found once, when the history is made, and every reader takes them from there.
/// The object is immutable.
/// </remarks>
public sealed class PriceHistory
{
    private readonly DateOnly[] _dates;
    private readonly double[] _open, _high, _low, _close, _adjClose, _volume;

    /// <summary>A history of <paramref name="bars"/>, in the order given (a test's or a download's bars).</summary>
    /// <param name="symbol">Ticker.</param>
    /// <param name="sourcePath">Where the bars came from; findings and errors point at it.</param>
    /// <param name="bars">The bars; a null field is unknown.</param>
    public PriceHistory(string symbol, string sourcePath, IEnumerable<PriceBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var list = bars as IReadOnlyList<PriceBar> ?? bars.ToList();
        var n = list.Count;
        _dates = new DateOnly[n];
        _open = new double[n];
        _high = new double[n];
        _low = new double[n];
        _close = new double[n];
        _adjClose = new double[n];
        _volume = new double[n];
        for (var i = 0; i < n; i++)
        {
            var b = list[i];
            _dates[i] = b.Date;
            _open[i] = b.Open ?? double.NaN;
            _high[i] = b.High ?? double.NaN;
            _low[i] = b.Low ?? double.NaN;
            _close[i] = b.Close ?? double.NaN;
            _adjClose[i] = b.AdjClose ?? double.NaN;
            _volume[i] = b.Volume ?? double.NaN;
        }
        (Symbol, SourcePath, Dates, Bars, Placeholders) = Complete(symbol, sourcePath);
    }

    /// <summary>The loader's constructor: takes the parsed columns as they are (all of one length, NaN for unknown).</summary>
    internal PriceHistory(string symbol, string sourcePath, DateOnly[] dates,
        double[] open, double[] high, double[] low, double[] close, double[] adjClose, double[] volume)
    {
        (_dates, _open, _high, _low, _close, _adjClose, _volume) = (dates, open, high, low, close, adjClose, volume);
        (Symbol, SourcePath, Dates, Bars, Placeholders) = Complete(symbol, sourcePath);
    }

    /// <summary>Ticker, taken from the file name.</summary>
    public string Symbol { get; }

    /// <summary>The file the bars were read from; quality findings and errors point at it.</summary>
    public string SourcePath { get; }

    /// <summary>Number of bars.</summary>
    public int Count => _dates.Length;

    /// <summary>The bars' dates in file order.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>The bars in file order, read from the columns. <c>Bars[i]</c> is on line <c>i + 2</c> of the file (line 1 is the header).</summary>
    public IReadOnlyList<PriceBar> Bars { get; }

    /// <summary>Every placeholder bar (see <see cref="PlaceholderBars"/>), in file order: found once, when the history was made.</summary>
    public IReadOnlyList<PlaceholderBar> Placeholders { get; }

    /// <summary>The bar at <paramref name="index"/>, unknown values as null.</summary>
    private PriceBar BarAt(int index) => new(_dates[index],
        Known(_open[index]), Known(_high[index]), Known(_low[index]), Known(_close[index]), Known(_adjClose[index]), Known(_volume[index]));

    /// <summary>
    /// The column that holds <paramref name="field"/>, and the column to read where it is NaN
    /// (Close under Adj Close for the study price; null for every other field). Callers must not write to them.
    /// </summary>
    internal (double[] Values, double[]? Fallback) Source(PriceField field) => field switch
    {
        PriceField.StudyPrice => (_adjClose, _close),
        PriceField.Open => (_open, null),
        PriceField.High => (_high, null),
        PriceField.Low => (_low, null),
        PriceField.Close => (_close, null),
        PriceField.AdjClose => (_adjClose, null),
        PriceField.Volume => (_volume, null),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a price field."),
    };

    /// <summary>The dates as the column they are; callers must not write to it.</summary>
    internal DateOnly[] DateColumn => _dates;

    private (string, string, IReadOnlyList<DateOnly>, IReadOnlyList<PriceBar>, IReadOnlyList<PlaceholderBar>) Complete(string symbol, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(sourcePath);
        var placeholders = PlaceholderBars.Find(symbol, _dates, _open, _high, _low, _close, _volume);
        return (symbol, sourcePath, Array.AsReadOnly(_dates), new BarList(this), placeholders.AsReadOnly());
    }

    private static double? Known(double x) => double.IsNaN(x) ? null : x;

    /// <summary>The bars as a list over the columns: each is made when read, none is stored.</summary>
    private sealed class BarList(PriceHistory history) : IReadOnlyList<PriceBar>
    {
        public PriceBar this[int index] => (uint)index < (uint)history.Count
            ? history.BarAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"{history.Symbol} has {history.Count} bars.");

        public int Count => history.Count;

        public IEnumerator<PriceBar> GetEnumerator()
        {
            for (var i = 0; i < history.Count; i++) yield return history.BarAt(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
