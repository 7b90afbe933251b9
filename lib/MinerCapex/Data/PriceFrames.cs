using Microsoft.Data.Analysis;

namespace MinerCapex.Data;

/// <summary>Conversion of price histories to <see cref="DataFrame"/>s, for display and ad-hoc work in notebooks.</summary>
public static class PriceFrames
{
    /// <summary>The fields of <see cref="PriceFile.Columns"/> after Date, in that order.</summary>
    private static readonly PriceField[] Fields = [PriceField.Open, PriceField.High, PriceField.Low, PriceField.Close, PriceField.AdjClose, PriceField.Volume];

    /// <summary>
    /// One row per bar in file order; columns <c>Date</c> (<see cref="DateTime"/> at midnight) and
    /// <c>Open, High, Low, Close, Adj Close, Volume</c> (doubles, null where unknown).
    /// </summary>
    public static DataFrame ToDataFrame(this PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var columns = new List<DataFrameColumn> { Frames.Dates("Date", history.Dates) };
        for (var f = 1; f < PriceFile.Columns.Count; f++)
            columns.Add(Frames.Doubles(PriceFile.Columns[f], history.Source(Fields[f - 1]).Values));
        return new DataFrame(columns);
    }
}
