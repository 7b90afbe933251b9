using System.Buffers;

namespace MinerCapex.Data.Csv;

/// <summary>
/// Pooled, growable working columns for one price file: a date column and six value columns. The reader
/// copies the filled part out at the end, so the only arrays a load keeps are exactly the size of the data.
/// </summary>
internal sealed class ScratchColumns : IDisposable
{
    /// <summary>Value columns: Open, High, Low, Close, Adj Close, Volume.</summary>
    public const int Fields = 6;

    public ScratchColumns(int capacity)
    {
        Dates = ArrayPool<DateOnly>.Shared.Rent(capacity);
        Values = new double[Fields][];
        for (var f = 0; f < Fields; f++) Values[f] = ArrayPool<double>.Shared.Rent(capacity);
    }

    public DateOnly[] Dates { get; private set; }

    public double[][] Values { get; }

    /// <summary>Makes row <paramref name="row"/> writable, doubling the columns when full.</summary>
    public void EnsureRoom(int row)
    {
        if (row < Dates.Length) return;
        Dates = Grow(Dates, row);
        for (var f = 0; f < Fields; f++) Values[f] = Grow(Values[f], row);
    }

    public void Dispose()
    {
        ArrayPool<DateOnly>.Shared.Return(Dates);
        foreach (var v in Values) ArrayPool<double>.Shared.Return(v);
    }

    private static T[] Grow<T>(T[] old, int used)
    {
        var bigger = ArrayPool<T>.Shared.Rent(old.Length * 2);
        Array.Copy(old, bigger, used);
        ArrayPool<T>.Shared.Return(old);
        return bigger;
    }
}
