using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.Analytics;

/// <summary>
/// Rolling correlation and beta of one series against one factor, one value per session of the panel,
/// dated at the window's last session; NaN where undefined (see <see cref="Rolling"/>).
/// </summary>
/// <param name="Symbol">The series whose exposure is measured (a miner, or the miner index).</param>
/// <param name="Factor">The factor (BTC-USD, the AI capex basket, QQQ, ...).</param>
/// <param name="Scheme">The window or half-life used.</param>
/// <param name="Sessions">The panel's sessions.</param>
/// <param name="Correlation">Correlation per session.</param>
/// <param name="Beta">Beta of <paramref name="Symbol"/> on <paramref name="Factor"/> per session.</param>
public sealed record RelationSeries(
    string Symbol, string Factor, RollingScheme Scheme, IReadOnlyList<DateOnly> Sessions, double[] Correlation, double[] Beta)
{
    /// <summary>Columns <c>session, correlation, beta</c>, one row per session where the correlation or beta is defined.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = DefinedRows().ToList();
        return new DataFrame(
            Frames.Dates("session", rows.Select(t => Sessions[t])),
            Frames.Doubles("correlation", rows.Select(t => Correlation[t])),
            Frames.Doubles("beta", rows.Select(t => Beta[t])));
    }

    /// <summary>Row indices where the correlation or the beta is defined.</summary>
    internal IEnumerable<int> DefinedRows() =>
        Enumerable.Range(0, Sessions.Count).Where(t => !double.IsNaN(Correlation[t]) || !double.IsNaN(Beta[t]));
}

/// <summary>Rolling correlations and betas of several series against several factors.</summary>
/// <param name="Series">One entry per (symbol, factor) pair, symbols outer, factors inner.</param>
public sealed record RelationTable(IReadOnlyList<RelationSeries> Series)
{
    /// <summary>The series of one (symbol, factor) pair.</summary>
    /// <exception cref="KeyNotFoundException">The pair is not in the table.</exception>
    public RelationSeries this[string symbol, string factor] =>
        Series.FirstOrDefault(s => string.Equals(s.Symbol, symbol, StringComparison.OrdinalIgnoreCase)
                                   && string.Equals(s.Factor, factor, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No series for '{symbol}' against '{factor}'.");

    /// <summary>
    /// Tidy table <c>session, symbol, factor, scheme, correlation, beta</c>, one row per pair and session
    /// where a value is defined.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = Series.SelectMany(s => s.DefinedRows().Select(t => (s, t))).ToList();
        return new DataFrame(
            Frames.Dates("session", rows.Select(r => r.s.Sessions[r.t])),
            Frames.Text("symbol", rows.Select(r => r.s.Symbol)),
            Frames.Text("factor", rows.Select(r => r.s.Factor)),
            Frames.Text("scheme", rows.Select(r => r.s.Scheme.Label)),
            Frames.Doubles("correlation", rows.Select(r => r.s.Correlation[r.t])),
            Frames.Doubles("beta", rows.Select(r => r.s.Beta[r.t])));
    }
}
