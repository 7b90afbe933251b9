using MinerCapex.Panel;

namespace MinerCapex.EventStudies;

/// <summary>
/// The fits of one <see cref="EventStudy.Run(SessionPanel, IEnumerable{MinerCapex.Data.MarketEvent}, StudyGroups, EventStudyOptions?)"/>:
/// per-symbol facts computed once, then one small OLS per stock × event on its estimation window, with its daily
/// ARs and its CARs. The cross-sections (<see cref="GroupCrossSections"/>, <see cref="PooledCrossSections"/>) read them.
/// </summary>
internal sealed class EventFits
{
    private readonly SessionPanel _returns;
    private readonly IReadOnlyList<string> _symbols;
    private readonly StudiedEvent[] _events;
    private readonly EventStudyOptions _options;
    private readonly double[] _x1, _x2, _x3;
    private readonly int _regressors;
    private readonly int[] _dayZero;
    private readonly int _firstOffset, _span;
    private readonly StockEventResult?[] _grid; // [event * symbols + symbol]
    private readonly bool[] _inEventSpan;
    private readonly int[][] _estimation;
    private readonly int[] _excluded, _residualStart;
    private readonly double[] _residuals;

    public EventFits(
        SessionPanel returns, IReadOnlyList<string> symbols, StudiedEvent[] events, EventStudyOptions options,
        double[] x1, double[] x2, double[] x3, int regressors)
    {
        _returns = returns;
        _symbols = symbols;
        _events = events;
        _options = options;
        _x1 = x1;
        _x2 = x2;
        _x3 = x3;
        _regressors = regressors;
        _dayZero = events.Select(e => returns.IndexOf(e.DayZero)).ToArray();
        _firstOffset = options.EventWindows.Min(w => w.Start);
        _span = options.EventWindows.Max(w => w.End) - _firstOffset + 1;
        _grid = new StockEventResult?[events.Length * symbols.Count];
        AbnormalBuffer = new double[events.Length * symbols.Count * _span];
        _inEventSpan = new bool[returns.Length];
        foreach (var d0 in _dayZero)
            for (var i = Math.Max(d0 + _firstOffset, 0); i < Math.Min(d0 + _firstOffset + _span, returns.Length); i++)
                _inEventSpan[i] = true;
        _estimation = new int[events.Length][];
        _excluded = new int[events.Length];
        _residualStart = new int[events.Length + 1];
        for (var e = 0; e < events.Length; e++)
        {
            (_estimation[e], _excluded[e], _) = EstimationSessions(_dayZero[e]);
            _residualStart[e + 1] = _residualStart[e] + _estimation[e].Length * symbols.Count;
        }
        _residuals = new double[_residualStart[events.Length]];
    }

    public IReadOnlyList<StudiedEvent> Events => _events;

    public EventStudyOptions Options => _options;

    public SessionPanel Returns => _returns;

    /// <summary>The number of studied stocks; stock <c>s</c> is <c>symbols[s]</c>.</summary>
    public int StockCount => _symbols.Count;

    /// <summary>The studied stocks.</summary>
    public IReadOnlyList<string> Symbols => _symbols;

    /// <summary>The first event-window offset for which an AR is kept.</summary>
    public int FirstOffset => _firstOffset;

    /// <summary>How many daily ARs are kept per stock × event, from <see cref="FirstOffset"/> on.</summary>
    public int Span => _span;

    /// <summary>Day 0 of event <c>e</c> as a session index.</summary>
    public int DayZero(int e) => _dayZero[e];

    /// <summary>True for a session inside some studied event's span (the union the estimation windows leave out).</summary>
    public bool InEventSpan(int session) => _inEventSpan[session];

    /// <summary>Sessions of other events' spans left out of event <c>e</c>'s estimation window.</summary>
    public int Excluded(int e) => _excluded[e];

    /// <summary>The estimation sessions of event <c>e</c>, ascending: the same for every stock of the event.</summary>
    public int[] EstimationOf(int e) => _estimation[e];

    /// <summary>Estimation-window residuals of stock <c>s</c> for event <c>e</c>, one per <see cref="EstimationOf"/> session, NaN where a return is missing.</summary>
    public ReadOnlySpan<double> Residuals(int e, int s)
    {
        var len = _estimation[e].Length;
        return _residuals.AsSpan(_residualStart[e] + s * len, len);
    }

    public List<StockEventResult> Stocks { get; } = [];
    public List<SkippedStock> Skipped { get; } = [];

    /// <summary>Every daily AR, <c>span</c> values per stock × event, NaN where missing.</summary>
    public double[] AbnormalBuffer { get; }

    /// <summary>
    /// The estimation sessions of an event with day 0 at <paramref name="d0"/> under <see cref="EventStudyOptions.OtherEvents"/>,
    /// the number of event-span sessions left out, and where the window would have had to start (negative before the data).
    /// </summary>
    public (int[] Sessions, int Excluded, int WantLo) EstimationSessions(int d0)
    {
        var est = _options.EstimationWindow;
        int hi = d0 + est.End, wantLo = d0 + est.Start;
        var mode = _options.OtherEvents;
        if (mode == OtherEventsInEstimation.Keep)
        {
            var lo = Math.Max(wantLo, 0);
            return (Enumerable.Range(lo, Math.Max(hi - lo + 1, 0)).ToArray(), 0, wantLo);
        }
        var picked = new List<int>(est.Length);
        var excluded = 0;
        var i = hi;
        for (; i >= 0 && (mode == OtherEventsInEstimation.Exclude ? i >= wantLo : picked.Count < est.Length); i--)
        {
            if (i >= _inEventSpan.Length) continue;
            if (_inEventSpan[i]) excluded++;
            else picked.Add(i);
        }
        if (mode == OtherEventsInEstimation.ExcludeAndExtend)
            wantLo = picked.Count < est.Length ? -(est.Length - picked.Count) : picked[^1];
        picked.Reverse();
        return (picked.ToArray(), excluded, wantLo);
    }

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

    /// <summary>The model fitted to <paramref name="y"/> on <paramref name="sessions"/>, the rows gathered so that any selection of sessions serves.</summary>
    public NormalFit Fit(double[] y, int[] sessions)
    {
        var n = sessions.Length;
        if (n == 0) return default;
        Span<double> buffer = n <= 512 ? stackalloc double[4 * n] : new double[4 * n];
        Span<double> ys = buffer[..n], a = buffer.Slice(n, n), b = buffer.Slice(2 * n, n), c = buffer.Slice(3 * n, n);
        for (var k = 0; k < n; k++)
        {
            var i = sessions[k];
            ys[k] = y[i]; a[k] = _x1[i]; b[k] = _x2[i]; c[k] = _x3[i];
        }
        return _regressors == 3 ? NormalEquations.Fit3(ys, a, b, c) : NormalEquations.Fit(ys, a, b, _regressors);
    }

    /// <summary>The abnormal return of <paramref name="y"/> on session <paramref name="i"/> under <paramref name="fit"/>; NaN where missing.</summary>
    public double Abnormal(double[] y, int i, in NormalFit fit)
    {
        if (i >= y.Length) return double.NaN;
        var v = y[i] - fit.Expected(_x1[i], _x2[i], _x3[i]);
        return double.IsFinite(v) ? v : double.NaN;
    }

    /// <summary>The CAR variance multiplier of a window (L, or L plus the parameter term) for the factor sums over it.</summary>
    public double VarianceMultiplier(in NormalFit fit, int d0, EventWindow win) =>
        _options.Variance == CarVariance.PredictionError
            ? win.Length + fit.ParameterTerm(win.Length, Sum(_x1, d0, win), Sum(_x2, d0, win), Sum(_x3, d0, win))
            : win.Length;

    private static double Sum(double[] x, int d0, EventWindow win)
    {
        var sum = 0.0;
        for (var o = win.Start; o <= win.End; o++) sum += x[d0 + o];
        return sum;
    }

    private void FitOne(int e, int s, double[] y, int firstReturn)
    {
        var options = _options;
        int d0 = _dayZero[e];
        var sessions = _estimation[e];
        var fit = Fit(y, sessions);
        var residuals = _residuals.AsSpan(_residualStart[e] + s * sessions.Length, sessions.Length);

        if (fit.Observations < options.MinObservations || !fit.Solved)
        {
            residuals.Fill(double.NaN);
            var (_, _, wantLo) = EstimationSessions(d0);
            Skipped.Add(SkipDiagnosis.Explain(_symbols[s], _events[e], _options, _returns.Sessions, fit.Observations, wantLo, firstReturn));
            return;
        }
        for (var k = 0; k < sessions.Length; k++) residuals[k] = Abnormal(y, sessions[k], fit);

        var calendar = _returns.Sessions;
        var length = y.Length;
        var arStart = (e * _symbols.Count + s) * _span;
        var ar = AbnormalBuffer.AsSpan(arStart, _span);
        for (var j = 0; j < _span; j++) ar[j] = Abnormal(y, d0 + _firstOffset + j, fit);

        var se = fit.ResidualStdError;
        var windows = options.EventWindows;
        var cars = new CarResult[windows.Count];
        for (var w = 0; w < cars.Length; w++)
        {
            var win = windows[w];
            double car = 0;
            var missing = 0;
            for (var o = win.Start; o <= win.End; o++)
            {
                var v = ar[o - _firstOffset];
                if (double.IsNaN(v)) { missing++; continue; }
                car += v;
            }
            if (missing > 0)
            {
                var status = d0 + win.End >= length ? CarStatus.BeyondDataEnd : CarStatus.MissingReturns;
                cars[w] = new CarResult(win, status, missing, null, null, null, null);
                continue;
            }
            var carSe = se * Math.Sqrt(VarianceMultiplier(fit, d0, win));
            var t = car / carSe;
            cars[w] = new CarResult(win, CarStatus.Complete, 0, car, carSe, t, CrossSection.TwoSidedP(t, fit.DegreesOfFreedom));
        }

        // Model D is reported with the AI basket orthogonalised to QQQ: AI = g0 + g1·QQQ + AI⊥ moves b3·g0 into
        // the intercept and b3·g1 into the market beta; the fitted values do not change.
        var aiIntercept = _regressors == 3 ? fit.Mean3 - fit.AiOnMarket * fit.Mean1 : 0;
        var model = new ModelFit(
            options.Model, fit.Observations, fit.DegreesOfFreedom, fit.Alpha + fit.Beta3 * aiIntercept,
            _regressors >= 1 ? fit.Beta1 + (_regressors == 3 ? fit.Beta3 * fit.AiOnMarket : 0) : null,
            _regressors >= 2 ? fit.Beta2 : null,
            se,
            _regressors == 0 ? 0.0 : 1.0 - fit.Ssr / fit.Sst,
            calendar[sessions[0]], calendar[sessions[^1]],
            _regressors == 3 ? fit.Beta3 : null);
        var result = new StockEventResult(
            _symbols[s], _events[e].Id, model, cars, AbnormalBuffer, arStart, _firstOffset, _firstOffset + _span - 1);
        _grid[e * _symbols.Count + s] = result;
        Stocks.Add(result);
    }

    /// <summary>The fit of stock <paramref name="s"/> for event <paramref name="e"/>; null when it was skipped.</summary>
    public StockEventResult? Result(int e, int s) => _grid[e * _symbols.Count + s];

    /// <summary>The AR of stock <paramref name="s"/> on the <paramref name="j"/>-th kept day of event <paramref name="e"/>.</summary>
    public double AbnormalReturn(int e, int s, int j) => AbnormalBuffer[(e * _symbols.Count + s) * _span + j];

    /// <summary>Appends the CAR and its t of a complete window <paramref name="w"/> to the buffers at <paramref name="n"/>.</summary>
    public void Collect(int e, int s, int w, double[] cars, double[] scars, ref int n)
    {
        var r = _grid[e * _symbols.Count + s];
        if (r is null) return;
        var c = r.Cars[w];
        if (c.Status != CarStatus.Complete) return;
        cars[n] = c.Car!.Value;
        scars[n] = c.T!.Value;
        n++;
    }

    /// <summary>The stock indices of each group.</summary>
    public int[][] Members(IReadOnlyList<StudyGroup> groups)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < _symbols.Count; s++) index[_symbols[s]] = s;
        return groups.Select(g => g.Symbols.Select(sym => index[sym]).Distinct().ToArray()).ToArray();
    }

    /// <summary>The index of a studied stock, or -1.</summary>
    public int IndexOf(string symbol)
    {
        for (var s = 0; s < _symbols.Count; s++)
            if (string.Equals(_symbols[s], symbol, StringComparison.OrdinalIgnoreCase)) return s;
        return -1;
    }

    private static int FirstFinite(double[] column)
    {
        for (var i = 0; i < column.Length; i++)
            if (double.IsFinite(column[i])) return i;
        return -1;
    }
}
