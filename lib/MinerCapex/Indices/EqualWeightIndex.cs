using MinerCapex.Panel;

namespace MinerCapex.Indices;

/// <summary>
/// Equal-weight indices rebalanced daily: on each session the index return is the mean of the simple
/// returns of the members that have a return that session (a member missing a price on either session
/// is left out that day, not filled). Its log return is <c>ln(1 + mean)</c>; its level starts at 100.
/// This is how the study's miner index and AI capex basket are defined.
/// </summary>
public static class EqualWeightIndex
{
    /// <summary>Builds the index of <paramref name="members"/> from a panel of prices.</summary>
    /// <param name="prices">Study prices (Adj Close falling back to Close; NaN where missing).</param>
    /// <param name="members">Member symbols; at least one.</param>
    /// <param name="name">Index name (its column name when added to a panel with <see cref="SessionPanelColumns.WithColumn"/>).</param>
    /// <exception cref="KeyNotFoundException">A member is not in the panel.</exception>
    /// <exception cref="ArgumentException">No members, a member listed twice, or an empty name.</exception>
    public static IndexSeries Build(this SessionPanel prices, IEnumerable<string> members, string name)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var list = members.ToList();
        if (list.Count == 0) throw new ArgumentException("An index needs at least one member.", nameof(members));
        var duplicate = list.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Member '{duplicate.Key}' is listed twice.", nameof(members));

        var returns = list.Select(s => Returns.SimpleReturns(prices[s])).ToList();
        var t = prices.Length;
        var simple = new double[t];
        var log = new double[t];
        var count = new int[t];
        var level = new double[t];
        var current = 100.0;
        for (var i = 0; i < t; i++)
        {
            var sum = 0.0;
            var n = 0;
            foreach (var r in returns)
            {
                if (double.IsNaN(r[i])) continue;
                sum += r[i];
                n++;
            }
            count[i] = n;
            simple[i] = n > 0 ? sum / n : double.NaN;
            log[i] = n > 0 ? Math.Log(1.0 + simple[i]) : double.NaN;
            if (n > 0 && i > 0) current *= 1.0 + simple[i];
            level[i] = current;
        }
        return new IndexSeries(name, list, prices.Sessions, simple, log, count, level);
    }
}
