using Microsoft.Data.Analysis;

namespace MinerCapex.Data;

/// <summary>Conversion of price histories to <see cref="DataFrame"/>s, for display and ad-hoc work in notebooks.</summary>
public static class PriceFrames
{
    /// <summary>
    /// One row per bar in file order; columns <c>Date</c> (<see cref="DateTime"/> at midnight) and
    /// <c>Open, High, Low, Close, Adj Close, Volume</c> (doubles, null where unknown).
    /// </summary>
    public static DataFrame ToDataFrame(this PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var bars = history.Bars;
        return new DataFrame(
            Frames.Dates("Date", bars.Select(b => b.Date)),
            new DoubleDataFrameColumn("Open", bars.Select(b => b.Open)),
            new DoubleDataFrameColumn("High", bars.Select(b => b.High)),
            new DoubleDataFrameColumn("Low", bars.Select(b => b.Low)),
            new DoubleDataFrameColumn("Close", bars.Select(b => b.Close)),
            new DoubleDataFrameColumn("Adj Close", bars.Select(b => b.AdjClose)),
            new DoubleDataFrameColumn("Volume", bars.Select(b => b.Volume)));
    }
}
