using Microsoft.Data.Analysis;

namespace MinerCapex.Panel;

/// <summary>Conversion of panels to <see cref="DataFrame"/>s, at the edge where a notebook displays or exports them.</summary>
public static class SessionPanelFrames
{
    /// <summary>
    /// One row per session: a <c>Date</c> column (midnight <see cref="DateTime"/>) then one double column per symbol,
    /// in panel order. NaN becomes null, DataFrame's missing value, so <c>DropNulls</c> and <c>FillNulls</c> see it.
    /// </summary>
    public static DataFrame ToDataFrame(this SessionPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var columns = new List<DataFrameColumn>(panel.Symbols.Count + 1)
        {
            new DateTimeDataFrameColumn("Date", panel.Sessions.Select(d => (DateTime?)d.ToDateTime(TimeOnly.MinValue))),
        };
        for (var c = 0; c < panel.Symbols.Count; c++)
        {
            var values = panel.Columns[c];
            var column = new DoubleDataFrameColumn(panel.Symbols[c], values.Length);
            for (var t = 0; t < values.Length; t++) column[t] = double.IsNaN(values[t]) ? null : values[t];
            columns.Add(column);
        }
        return new DataFrame(columns);
    }
}
