using MinerCapex.Panel;

namespace MinerCapex.Indices;

/// <summary>Adds derived series (indices) to a panel so that every analytic can treat them like symbols.</summary>
public static class SessionPanelColumns
{
    /// <summary>A new panel with <paramref name="values"/> appended as column <paramref name="symbol"/>.</summary>
    /// <exception cref="ArgumentException">The column has the wrong length or the symbol is already in the panel.</exception>
    public static SessionPanel WithColumn(this SessionPanel panel, string symbol, double[] values)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (panel.Contains(symbol))
            throw new ArgumentException($"The panel already has a column '{symbol}'.", nameof(symbol));
        return new SessionPanel(panel.Sessions, panel.Symbols.Append(symbol).ToList(), panel.Columns.Append(values).ToList());
    }

    /// <summary>
    /// A new panel of log returns with each index's log returns appended under its name: pass the panel
    /// from <c>ToLogReturns()</c> of the same prices the indices were built from.
    /// </summary>
    /// <exception cref="ArgumentException">An index was built on other sessions, or its name is already in the panel.</exception>
    public static SessionPanel WithLogReturns(this SessionPanel logReturns, params IndexSeries[] indices) =>
        Append(logReturns, indices, i => i.LogReturns);

    /// <summary>Like <see cref="WithLogReturns"/>, for a panel of simple returns.</summary>
    /// <exception cref="ArgumentException">An index was built on other sessions, or its name is already in the panel.</exception>
    public static SessionPanel WithSimpleReturns(this SessionPanel simpleReturns, params IndexSeries[] indices) =>
        Append(simpleReturns, indices, i => i.SimpleReturns);

    private static SessionPanel Append(SessionPanel panel, IndexSeries[] indices, Func<IndexSeries, double[]> pick)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(indices);
        foreach (var index in indices)
        {
            if (!index.Sessions.SequenceEqual(panel.Sessions))
                throw new ArgumentException($"Index {index.Name} was built on other sessions than the panel's.", nameof(indices));
            panel = panel.WithColumn(index.Name, pick(index));
        }
        return panel;
    }
}
