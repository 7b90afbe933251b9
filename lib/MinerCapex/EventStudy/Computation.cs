using System.Globalization;
using MinerCapex.Panel;

namespace MinerCapex.EventStudies;

/// <summary>
/// The work of one <see cref="EventStudy.Run(SessionPanel, IEnumerable{MinerCapex.Data.MarketEvent}, StudyGroups, EventStudyOptions?)"/>:
/// per-symbol facts computed once, then one small fit per stock × event, then the cross-sections.
/// </summary>
internal sealed class Computation
{
    private readonly SessionPanel _returns;
    private readonly IReadOnlyList<string> _symbols;
    private readonly StudiedEvent[] _events;
    private readonly EventStudyOptions _options;
    private readonly double[] _x1, _x2;
    private readonly int _regressors;
    private readonly int[] _dayZero;
    private readonly int _firstOffset, _span;
    private readonly StockEventResult?[] _grid; // [event * symbols + symbol]

    public Computation(
        SessionPanel returns, IReadOnlyList<string> symbols, StudiedEvent[] events, EventStudyOptions options,
        double[] x1, double[] x2, int regressors)
    {
        _returns = returns;
        _symbols = symbols;
        _events = events;
        _options = options;
        _x1 = x1;
        _x2 = x2;
        _regressors = regressors;
        _dayZero = events.Select(e => returns.IndexOf(e.DayZero)).ToArray();
        _firstOffset = options.EventWindows.Min(w => w.Start);
        _span = options.EventWindows.Max(w => w.End) - _firstOffset + 1;
        _grid = new StockEventResult?[events.Length * symbols.Count];
        AbnormalBuffer = new double[events.Length * symbols.Count * _span];
    }

    public List<StockEventResult> Stocks { get; } = [];
    public List<SkippedStock> Skipped { get; } = [];

    /// <summary>Every daily AR, <c>span</c> values per stock × event, NaN where missing.</summary>
    public double[] AbnormalBuffer { get; }

    public void FitAll()
    {
        var columns = _symbols.Select(s => _returns[s]).ToArray();
        var firstReturn = columns.Select(FirstFinite).ToArray();
        for (var e = 0; e < _events.Length; e++)
        {
            for (var s = 0; s < columns.Length; s++)
                FitOne(e, s, columns[s], firstReturn[s]);
        }
    }

    private void FitOne(int e, int s, double[] y, int firstReturn)
    {
        var options = _options;
        var est = options.EstimationWindow;
        int d0 = _dayZero[e], wantLo = d0 + est.Start, hi = d0 + est.End, lo = Math.Max(wantLo, 0);
        var len = Math.Max(hi - lo + 1, 0);
        var fit = len == 0
            ? default
            : NormalEquations.Fit(y.AsSpan(lo, len), _x1.AsSpan(lo, len), _x2.AsSpan(lo, len), _regressors);

        if (fit.Observations < options.MinObservations || !fit.Solved)
        {
            Skipped.Add(Skip(e, s, fit, wantLo, firstReturn));
            return;
        }

        var sessions = _returns.Sessions;
        var length = y.Length;
        var arStart = (e * _symbols.Count + s) * _span;
        var ar = AbnormalBuffer.AsSpan(arStart, _span);
        for (var j = 0; j < _span; j++)
        {
            var i = d0 + _firstOffset + j;
            var v = i < length ? y[i] - fit.Expected(_x1[i], _x2[i]) : double.NaN;
            ar[j] = double.IsFinite(v) ? v : double.NaN;
        }

        var se = fit.ResidualStdError;
        var windows = options.EventWindows;
        var cars = new CarResult[windows.Count];
        for (var w = 0; w < cars.Length; w++)
        {
            var win = windows[w];
            double car = 0, sum1 = 0, sum2 = 0;
            var missing = 0;
            for (var o = win.Start; o <= win.End; o++)
            {
                var v = ar[o - _firstOffset];
                if (double.IsNaN(v)) { missing++; continue; }
                car += v;
                sum1 += _x1[d0 + o];
                sum2 += _x2[d0 + o];
            }
            if (missing > 0)
            {
                var status = d0 + win.End >= length ? CarStatus.BeyondDataEnd : CarStatus.MissingReturns;
                cars[w] = new CarResult(win, status, missing, null, null, null, null);
                continue;
            }
            var variance = options.Variance == CarVariance.PredictionError
                ? win.Length + fit.ParameterTerm(win.Length, sum1, sum2)
                : win.Length;
            var carSe = se * Math.Sqrt(variance);
            var t = car / carSe;
            cars[w] = new CarResult(win, CarStatus.Complete, 0, car, carSe, t, CrossSection.TwoSidedP(t, fit.DegreesOfFreedom));
        }

        var model = new ModelFit(
            options.Model, fit.Observations, fit.DegreesOfFreedom, fit.Alpha,
            _regressors >= 1 ? fit.Beta1 : null,
            _regressors >= 2 ? fit.Beta2 : null,
            se,
            _regressors == 0 ? 0.0 : 1.0 - fit.Ssr / fit.Sst,
            sessions[lo], sessions[hi]);
        var result = new StockEventResult(
            _symbols[s], _events[e].Id, model, cars, AbnormalBuffer, arStart, _firstOffset, _firstOffset + _span - 1);
        _grid[e * _symbols.Count + s] = result;
        Stocks.Add(result);
    }

    private SkippedStock Skip(int e, int s, NormalFit fit, int wantLo, int firstReturn)
    {
        var sessions = _returns.Sessions;
        var n = fit.Observations;
        var min = _options.MinObservations;
        var ev = _events[e];
        var symbol = _symbols[s];
        if (firstReturn < 0)
            return new(symbol, ev.Id, SkipReason.NoReturns, 0, $"{symbol} has no return in the panel.");
        if (n >= min)
            return new(symbol, ev.Id, SkipReason.DegenerateEstimation, n,
                $"The {_options.Model} fit on {n} sessions is degenerate: a factor does not vary or the residuals are all zero.");
        var have = string.Create(CultureInfo.InvariantCulture, $"{n} usable sessions in the estimation window {_options.EstimationWindow}, {min} needed");
        if (wantLo < 0)
            return new(symbol, ev.Id, SkipReason.EventTooNearDataStart, n,
                $"The estimation window would start {-wantLo} sessions before the first session {sessions[0]:yyyy-MM-dd}; {have}.");
        if (firstReturn > wantLo)
            return new(symbol, ev.Id, SkipReason.ListedAfterEstimationStart, n,
                $"{symbol}'s first return is on {sessions[firstReturn]:yyyy-MM-dd}, after the estimation window began on {sessions[wantLo]:yyyy-MM-dd}; {have}.");
        return new(symbol, ev.Id, SkipReason.MissingData, n,
            $"Returns of {symbol} or of a factor are missing; {have}.");
    }

    public List<GroupEventResult> TestGroups(IReadOnlyList<StudyGroup> groups)
    {
        var members = Members(groups);
        var windows = _options.EventWindows;
        var cars = new double[_symbols.Count];
        var scars = new double[_symbols.Count];
        var results = new List<GroupEventResult>(_events.Length * groups.Count * windows.Count);
        for (var e = 0; e < _events.Length; e++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                for (var w = 0; w < windows.Count; w++)
                {
                    var n = 0;
                    foreach (var s in members[g])
                        Collect(e, s, w, cars, scars, ref n);
                    var tests = CrossSection.Test(cars.AsSpan(0, n), scars.AsSpan(0, n));
                    results.Add(new GroupEventResult(groups[g].Name, _events[e].Id, windows[w], tests));
                }
            }
        }
        return results;
    }

    public List<PooledResult> TestPools(IReadOnlyList<StudyGroup> groups)
    {
        var members = Members(groups);
        var windows = _options.EventWindows;
        var cars = new double[_events.Length * _symbols.Count];
        var scars = new double[cars.Length];
        var results = new List<PooledResult>();
        foreach (var pool in _options.Pools)
        {
            var chosen = PoolEvents(pool);
            if (chosen.Count == 0) continue;
            var ids = chosen.Select(e => _events[e].Id).ToArray();
            for (var g = 0; g < groups.Count; g++)
            {
                for (var w = 0; w < windows.Count; w++)
                {
                    var n = 0;
                    foreach (var e in chosen)
                        foreach (var s in members[g])
                            Collect(e, s, w, cars, scars, ref n);
                    var tests = CrossSection.Test(cars.AsSpan(0, n), scars.AsSpan(0, n));
                    results.Add(new PooledResult(pool.Name, groups[g].Name, windows[w], ids, tests));
                }
            }
        }
        return results;
    }

    private List<int> PoolEvents(EventPool pool)
    {
        var chosen = new List<int>();
        var clustersTaken = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < _events.Length; e++)
        {
            var ev = _events[e];
            if (!pool.Includes(ev.Event.Category)) continue;
            var keep = _options.PooledClusters switch
            {
                ClusterHandling.DropClustered => !ev.Clustered,
                ClusterHandling.OnePerCluster => clustersTaken.Add(ev.ClusterId),
                _ => true,
            };
            if (keep) chosen.Add(e);
        }
        return chosen;
    }

    private void Collect(int e, int s, int w, double[] cars, double[] scars, ref int n)
    {
        var r = _grid[e * _symbols.Count + s];
        if (r is null) return;
        var c = r.Cars[w];
        if (c.Status != CarStatus.Complete) return;
        cars[n] = c.Car!.Value;
        scars[n] = c.T!.Value;
        n++;
    }

    private int[][] Members(IReadOnlyList<StudyGroup> groups)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < _symbols.Count; s++) index[_symbols[s]] = s;
        return groups.Select(g => g.Symbols.Select(sym => index[sym]).Distinct().ToArray()).ToArray();
    }

    private static int FirstFinite(double[] column)
    {
        for (var i = 0; i < column.Length; i++)
            if (double.IsFinite(column[i])) return i;
        return -1;
    }
}
