using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>Derived factor columns: a factor orthogonalised to another within a period, a factor shifted by whole sessions.</summary>
public static class FactorColumns
{
    /// <summary>The panel with <paramref name="column"/> added (or replaced) as <paramref name="symbol"/>.</summary>
    /// <exception cref="ArgumentException">The column's length is not the panel's.</exception>
    public static SessionPanel With(this SessionPanel panel, string symbol, double[] column)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(column);
        Require.SameLength(panel.Length, column.Length, nameof(column));
        var keep = Enumerable.Range(0, panel.Symbols.Count).Where(i => panel.Symbols[i] != symbol).ToList();
        return new SessionPanel(panel.Sessions, [.. keep.Select(i => panel.Symbols[i]), symbol], [.. keep.Select(i => panel.Columns[i]), column]);
    }

    /// <summary>
    /// The residual of <paramref name="factor"/> regressed on <paramref name="on"/> (with intercept) over the sessions
    /// of <paramref name="period"/> where both are present; NaN elsewhere. Within the period it is uncorrelated with
    /// <paramref name="on"/> by construction, so in a regression that also holds <paramref name="on"/> it carries only
    /// what the factor adds beyond it (the AI basket's own moves beyond the Nasdaq-100's).
    /// </summary>
    /// <exception cref="InsufficientDataException">Fewer than 3 complete sessions in the period.</exception>
    public static double[] Orthogonalised(this SessionPanel returns, string factor, string on, Period period)
    {
        var range = Require.Sessions(returns, period);
        var (y, x) = (returns[factor], returns[on]);
        var m = Moments.Pairwise(y.AsSpan(range.Start, range.Length), x.AsSpan(range.Start, range.Length));
        if (m.Count < 3) throw new InsufficientDataException("The orthogonalised factor", 3, m.Count);
        var slope = m.BetaOnY;
        var intercept = m.MeanX - slope * m.MeanY;
        var residual = Enumerable.Repeat(double.NaN, returns.Length).ToArray();
        for (var t = range.Start; t < range.End; t++)
            if (!double.IsNaN(y[t]) && !double.IsNaN(x[t])) residual[t] = y[t] - intercept - slope * x[t];
        return residual;
    }

    /// <summary>
    /// <see cref="Orthogonalised(SessionPanel, string, string, Period)"/> fitted separately in each of
    /// <paramref name="periods"/> (which must not overlap) and put together in one column; NaN outside them.
    /// </summary>
    /// <exception cref="InsufficientDataException">Fewer than 3 complete sessions in a period.</exception>
    public static double[] Orthogonalised(this SessionPanel returns, string factor, string on, IEnumerable<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(periods);
        var column = Enumerable.Repeat(double.NaN, returns.Length).ToArray();
        foreach (var p in periods)
        {
            var residual = returns.Orthogonalised(factor, on, p);
            for (var t = 0; t < column.Length; t++)
                if (!double.IsNaN(residual[t])) column[t] = residual[t];
        }
        return column;
    }

    /// <summary>
    /// <paramref name="symbol"/>'s value <paramref name="sessions"/> rows later (negative: earlier), NaN past the ends:
    /// <c>Shifted(s, 1)[t] = s[t + 1]</c>, the next session's return, for Dimson's lead term.
    /// </summary>
    public static double[] Shifted(this SessionPanel returns, string symbol, int sessions)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var source = returns[symbol];
        var n = source.Length;
        return Enumerable.Range(0, n).Select(t => t + sessions >= 0 && t + sessions < n ? source[t + sessions] : double.NaN).ToArray();
    }
}
