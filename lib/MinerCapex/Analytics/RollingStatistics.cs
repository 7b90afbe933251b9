using MinerCapex.Analytics.Numerics;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Rolling correlation and beta over a panel of returns: each symbol against each factor, with a
/// window (<see cref="RollingScheme.Window"/>) or exponential weights (<see cref="RollingScheme.HalfLife"/>).
/// </summary>
public static class RollingStatistics
{
    /// <summary>Rolling correlation and beta of <paramref name="symbol"/> against <paramref name="factor"/>.</summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is longer than the panel.</exception>
    public static RelationSeries RollingRelation(this SessionPanel returns, string symbol, string factor, RollingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var x = returns[symbol];
        var y = returns[factor];
        var (c, b) = Rolling.CorrelationAndBeta(x, y, scheme);
        return new RelationSeries(symbol, factor, scheme, returns.Sessions, c, b);
    }

    /// <summary>
    /// Rolling correlation and beta of every symbol against every factor, computed in parallel over pairs.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol or factor is not in the panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is longer than the panel.</exception>
    public static RelationTable RollingRelations(this SessionPanel returns, IEnumerable<string> symbols, IEnumerable<string> factors, RollingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(factors);
        Rolling.Validate(returns.Length, returns.Length, scheme);
        var pairs = (from s in symbols from f in factors select (Symbol: s, Factor: f, X: returns[s], Y: returns[f])).ToList();
        var result = new RelationSeries[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
        {
            var (s, f, x, y) = pairs[i];
            var c = new double[x.Length];
            var b = new double[x.Length];
            RollingMoments.Compute(x, y, scheme, c, b);
            result[i] = new RelationSeries(s, f, scheme, returns.Sessions, c, b);
        });
        return new RelationTable(result);
    }
}
