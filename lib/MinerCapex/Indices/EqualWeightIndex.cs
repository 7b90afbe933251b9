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
    public static IndexSeries Build(this SessionPanel prices, IEnumerable<string> members, string name) =>
        Combine(prices, members, name, holds: null);

    /// <summary>
    /// Builds an index whose membership changes over time: a candidate's return on session <c>t</c> counts when
    /// <paramref name="heldAt"/> says it was a member at the close of session <c>t − 1</c>, the close at which the
    /// portfolio for day <c>t</c> is formed. So the return of the day that makes a firm a member (its announcement day)
    /// still belongs to the group it was in when the day began, and no index uses news before the market saw it.
    /// </summary>
    /// <param name="prices">Study prices (Adj Close falling back to Close; NaN where missing).</param>
    /// <param name="candidates">Every symbol that is a member on some session; at least one.</param>
    /// <param name="name">Index name.</param>
    /// <param name="heldAt">Whether a candidate is a member at the close of a session.</param>
    /// <exception cref="KeyNotFoundException">A candidate is not in the panel.</exception>
    /// <exception cref="ArgumentException">No candidates, a candidate listed twice, or an empty name.</exception>
    public static IndexSeries BuildDated(this SessionPanel prices, IEnumerable<string> candidates, string name, Func<string, DateOnly, bool> heldAt)
    {
        ArgumentNullException.ThrowIfNull(heldAt);
        return Combine(prices, candidates, name, heldAt);
    }

    private static IndexSeries Combine(SessionPanel prices, IEnumerable<string> members, string name, Func<string, DateOnly, bool>? holds)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var list = members.ToList();
        if (list.Count == 0) throw new ArgumentException("An index needs at least one member.", nameof(members));
        var duplicate = list.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Member '{duplicate.Key}' is listed twice.", nameof(members));

        var returns = list.Select(s => Returns.SimpleReturns(prices[s])).ToList();
        // held[k][i]: member k counts in session i's return (formed at the close of i − 1); all true for a fixed index.
        var held = list.Select(s => Enumerable.Range(0, prices.Length).Select(i => holds is null || (i > 0 && holds(s, prices.Sessions[i - 1]))).ToArray()).ToList();
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
            for (var k = 0; k < returns.Count; k++)
            {
                var r = returns[k];
                if (double.IsNaN(r[i]) || !held[k][i]) continue;
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
