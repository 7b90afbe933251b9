namespace MinerCapex.Panel;

/// <summary>
/// Returns between consecutive sessions of a panel. A return is missing (NaN) when either price is
/// missing, and on the first session; nothing is filled or skipped over, so a gap in prices leaves a
/// gap in returns rather than a multi-day return.
/// </summary>
public static class Returns
{
    /// <summary>Log returns <c>ln(P_t / P_{t-1})</c>, one per session, NaN on the first.</summary>
    public static SessionPanel ToLogReturns(this SessionPanel prices) => Map(prices, LogReturns);

    /// <summary>Simple returns <c>P_t / P_{t-1} - 1</c>, one per session, NaN on the first.</summary>
    public static SessionPanel ToSimpleReturns(this SessionPanel prices) => Map(prices, SimpleReturns);

    /// <summary>Log returns of one price column; see <see cref="ToLogReturns"/>.</summary>
    public static double[] LogReturns(ReadOnlySpan<double> prices)
    {
        var r = new double[prices.Length];
        if (r.Length > 0) r[0] = double.NaN;
        for (var t = 1; t < prices.Length; t++)
            r[t] = Math.Log(prices[t] / prices[t - 1]); // NaN propagates from either side
        return r;
    }

    /// <summary>Simple returns of one price column; see <see cref="ToSimpleReturns"/>.</summary>
    public static double[] SimpleReturns(ReadOnlySpan<double> prices)
    {
        var r = new double[prices.Length];
        if (r.Length > 0) r[0] = double.NaN;
        for (var t = 1; t < prices.Length; t++)
            r[t] = prices[t] / prices[t - 1] - 1.0;
        return r;
    }

    private delegate double[] ColumnMap(ReadOnlySpan<double> column);

    private static SessionPanel Map(SessionPanel prices, ColumnMap map)
    {
        var columns = new double[prices.Symbols.Count][];
        for (var c = 0; c < columns.Length; c++) columns[c] = map(prices.Columns[c]);
        return new SessionPanel(prices.Sessions, prices.Symbols, columns);
    }
}
