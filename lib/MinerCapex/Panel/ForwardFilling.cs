namespace MinerCapex.Panel;

/// <summary>Explicit filling of missing values; the loader never fills on its own.</summary>
public static class ForwardFilling
{
    /// <summary>
    /// A copy of <paramref name="panel"/> where every NaN after a symbol's first value takes the last value
    /// before it. NaNs before the first value stay (nothing is filled backwards).
    /// </summary>
    public static SessionPanel FillForward(this SessionPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var columns = new double[panel.Symbols.Count][];
        for (var c = 0; c < columns.Length; c++) columns[c] = FillForward(panel.Columns[c]);
        return new SessionPanel(panel.Sessions, panel.Symbols, columns);
    }

    /// <summary>A copy of <paramref name="values"/> with each NaN replaced by the last non-NaN value before it, if any.</summary>
    public static double[] FillForward(ReadOnlySpan<double> values)
    {
        var filled = values.ToArray();
        var last = double.NaN;
        for (var t = 0; t < filled.Length; t++)
        {
            if (double.IsNaN(filled[t])) filled[t] = last;
            else last = filled[t];
        }
        return filled;
    }
}
