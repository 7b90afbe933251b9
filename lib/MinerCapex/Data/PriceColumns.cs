namespace MinerCapex.Data;

/// <summary>
/// The bars of one price file stored column by column: one <c>double[]</c> per field with NaN where the
/// file says <c>null</c>. This is the loader's working form; <see cref="PriceHistory"/> is the public one.
/// </summary>
internal sealed class PriceColumns
{
    public PriceColumns(string symbol, string sourcePath, DateOnly[] dates,
        double[] open, double[] high, double[] low, double[] close, double[] adjClose, double[] volume)
    {
        Symbol = symbol;
        SourcePath = sourcePath;
        Dates = dates;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        AdjClose = adjClose;
        Volume = volume;
    }

    public string Symbol { get; }
    public string SourcePath { get; }
    public DateOnly[] Dates { get; }
    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] AdjClose { get; }
    public double[] Volume { get; }
    public int Count => Dates.Length;

    /// <summary>
    /// The column that holds <paramref name="field"/>, and the column to read where it is NaN
    /// (Close under Adj Close for the study price; null for every other field).
    /// </summary>
    public (double[] Values, double[]? Fallback) Source(PriceField field) => field switch
    {
        PriceField.StudyPrice => (AdjClose, Close),
        PriceField.Open => (Open, null),
        PriceField.High => (High, null),
        PriceField.Low => (Low, null),
        PriceField.Close => (Close, null),
        PriceField.AdjClose => (AdjClose, null),
        PriceField.Volume => (Volume, null),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a price field."),
    };

    public PriceHistory ToHistory()
    {
        var bars = new PriceBar[Count];
        for (var i = 0; i < bars.Length; i++)
        {
            bars[i] = new PriceBar(Dates[i], Known(Open[i]), Known(High[i]), Known(Low[i]), Known(Close[i]), Known(AdjClose[i]), Known(Volume[i]));
        }
        return new PriceHistory(Symbol, SourcePath, bars);
    }

    public static PriceColumns From(PriceHistory history)
    {
        var n = history.Bars.Count;
        var dates = new DateOnly[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], a = new double[n], v = new double[n];
        for (var i = 0; i < n; i++)
        {
            var b = history.Bars[i];
            dates[i] = b.Date;
            o[i] = b.Open ?? double.NaN;
            h[i] = b.High ?? double.NaN;
            l[i] = b.Low ?? double.NaN;
            c[i] = b.Close ?? double.NaN;
            a[i] = b.AdjClose ?? double.NaN;
            v[i] = b.Volume ?? double.NaN;
        }
        return new PriceColumns(history.Symbol, history.SourcePath, dates, o, h, l, c, a, v);
    }

    private static double? Known(double x) => double.IsNaN(x) ? null : x;
}
