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
    private readonly double[] _x1, _x2;
    private readonly int _regressors;
    private readonly int[] _dayZero;
    private readonly int _firstOffset, _span;
    private readonly StockEventResult?[] _grid; // [event * symbols + symbol]

    public EventFits(
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

    public IReadOnlyList<StudiedEvent> Events => _events;

    public EventStudyOptions Options => _options;

    /// <summary>The number of studied stocks; stock <c>s</c> is <c>symbols[s]</c>.</summary>
    public int StockCount => _symbols.Count;

    /// <summary>The first event-window offset for which an AR is kept.</summary>
    public int FirstOffset => _firstOffset;

    /// <summary>How many daily ARs are kept per stock × event, from <see cref="FirstOffset"/> on.</summary>
    public int Span => _span;

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
            Skipped.Add(SkipDiagnosis.Explain(_symbols[s], _events[e], _options, _returns.Sessions, fit.Observations, wantLo, firstReturn));
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

    private static int FirstFinite(double[] column)
    {
        for (var i = 0; i < column.Length; i++)
            if (double.IsFinite(column[i])) return i;
        return -1;
    }
}
