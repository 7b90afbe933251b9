using MinerCapex.Analytics.Numerics;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Factor regressions over a panel of returns: <c>r_t = a + Σ_j b_j f_{j,t} + e_t</c> for a series
/// (a miner, the miner index) on factors (in the study: BTC-USD, the AI capex basket and QQQ log returns),
/// for any period or on a rolling window, with the Shapley split of R² among the factors.
/// </summary>
public static class FactorModels
{
    /// <summary>Regresses <paramref name="symbol"/> on <paramref name="factors"/> over <paramref name="period"/>.</summary>
    /// <param name="returns">Panel of returns holding the series and the factors.</param>
    /// <param name="symbol">The dependent series.</param>
    /// <param name="factors">The factor columns, in coefficient order.</param>
    /// <param name="period">Sessions to use; the whole panel when null. Sessions with any value missing are dropped.</param>
    /// <param name="options">Standard errors; classical when null.</param>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="InsufficientDataException">Fewer than k + 2 complete sessions.</exception>
    /// <exception cref="ArgumentException">A factor is constant or collinear with the others over the sessions used.</exception>
    public static FactorRegression FactorRegression(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, Period? period = null, OlsOptions? options = null)
    {
        var setup = new Setup(returns, factors, period);
        return setup.Fit(symbol, options ?? OlsOptions.Classical);
    }

    /// <summary>
    /// Regresses each of <paramref name="symbols"/> on <paramref name="factors"/> over <paramref name="period"/>,
    /// in parallel. Series present on every session where the factors are share one factorisation of the
    /// factors; the others get their own. A series that cannot be fitted (too few sessions in the period,
    /// e.g. listed late) is reported in <see cref="FactorRegressionTable.Skipped"/> with the reason.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="ArgumentException">No factors, or the period contains no session of the panel.</exception>
    public static FactorRegressionTable FactorRegressions(this SessionPanel returns, IEnumerable<string> symbols, IReadOnlyList<string> factors, Period? period = null, OlsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var setup = new Setup(returns, factors, period);
        options ??= OlsOptions.Classical;
        var names = symbols.ToList();
        foreach (var s in names) _ = returns[s]; // unknown symbols are the caller's mistake, not a skip
        var results = new FactorRegression?[names.Count];
        var skipped = new string?[names.Count];
        Parallel.For(0, names.Count, i =>
        {
            try
            {
                results[i] = setup.Fit(names[i], options);
            }
            catch (Exception e) when (e is InsufficientDataException or ArgumentException)
            {
                skipped[i] = e.Message;
            }
        });
        return new FactorRegressionTable(
            results.OfType<FactorRegression>().ToList(),
            names.Select((s, i) => (s, reason: skipped[i])).Where(p => p.reason is not null).Select(p => new SkippedSeries(p.s, p.reason!)).ToList());
    }

    /// <summary>The factor side shared by every series of one call: rows where all factors are present, and their factorisation.</summary>
    private sealed class Setup
    {
        private readonly SessionPanel _returns;
        private readonly Period _period;
        private readonly List<double[]> _x;
        private readonly string[] _labels;
        private readonly int[] _factorRows;
        private readonly bool _contiguous;
        private readonly Lazy<OlsDesign> _shared;

        public Setup(SessionPanel returns, IReadOnlyList<string> factors, Period? period)
        {
            ArgumentNullException.ThrowIfNull(returns);
            ArgumentNullException.ThrowIfNull(factors);
            if (factors.Count == 0) throw new ArgumentException("A factor regression needs at least one factor.", nameof(factors));
            _returns = returns;
            _period = period ?? Period.All;
            var range = Require.Sessions(returns, _period);
            _x = factors.Select(f => returns[f]).ToList();
            _labels = Ols.Names(_x.Count, factors);
            _factorRows = Ols.CompleteRows(_x[0].AsSpan(range.Start, range.Length), _x, range.Start);
            _contiguous = _factorRows.Length > 0 && _factorRows[^1] - _factorRows[0] == _factorRows.Length - 1;
            _shared = new Lazy<OlsDesign>(() => OlsDesign.Build(_x, _factorRows, _labels, $"Factor regression on {string.Join(", ", _labels)} over {_period.Label}"));
        }

        public FactorRegression Fit(string symbol, OlsOptions options)
        {
            var y = _returns[symbol];
            var shares = new double[_x.Count];
            OlsResult fit;
            int[] rows;
            if (_contiguous && !Spans.HasNaN(y.AsSpan(_factorRows[0], _factorRows.Length)))
            {
                // The common case: the series is present wherever the factors are, on one block of sessions.
                rows = _factorRows;
                fit = _shared.Value.Fit(y.AsSpan(_factorRows[0], _factorRows.Length), options, shares);
            }
            else
            {
                rows = Array.FindAll(_factorRows, r => !double.IsNaN(y[r]));
                var design = rows.Length == _factorRows.Length
                    ? _shared.Value
                    : OlsDesign.Build(_x, rows, _labels, $"Regression of {symbol} on {string.Join(", ", _labels)} over {_period.Label}");
                var yRows = new double[rows.Length];
                for (var j = 0; j < rows.Length; j++) yRows[j] = y[rows[j]];
                fit = design.Fit(yRows, options, shares);
            }
            return new FactorRegression(symbol, _period, _returns.Sessions[rows[0]], _returns.Sessions[rows[^1]], fit,
                _labels.Select((f, j) => new VarianceShare(f, shares[j])).ToList());
        }
    }

    /// <summary>
    /// Rolling regression of <paramref name="symbol"/> on <paramref name="factors"/> over the last
    /// <paramref name="window"/> sessions, O(T·k²): a value only when the series and every factor are
    /// present on all sessions of the window, dated at its last session (statsmodels
    /// <c>RollingOLS(..., missing='skip')</c>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below k + 2 (and 3) or longer than the panel.</exception>
    public static RollingRegression RollingFactorRegression(this SessionPanel returns, string symbol, IReadOnlyList<string> factors, int window)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(factors);
        Require.Window(window, returns.Length, nameof(window));
        if (window < factors.Count + 2)
            throw new ArgumentOutOfRangeException(nameof(window), window, $"A regression on {factors.Count} factors needs a window of at least {factors.Count + 2} sessions.");
        var y = returns[symbol];
        var x = factors.Select(f => returns[f]).ToList();
        var (alpha, betas, r2) = RollingOls.Compute(y, x, window);
        return new RollingRegression(symbol, factors.ToList(), window, returns.Sessions, alpha, betas, r2);
    }
}
