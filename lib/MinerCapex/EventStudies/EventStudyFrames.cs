using System.Text;
using Microsoft.Data.Analysis;
using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.EventStudies;

/// <summary>Turns event-study records into tidy DataFrames; the edge where typed results meet notebooks.</summary>
internal static class EventStudyFrames
{
    public static DataFrame Events(IReadOnlyList<StudiedEvent> rows) => new(
        Str(rows, "event_id", r => r.Id),
        Date(rows, "date", r => r.Event.Date),
        Date(rows, "first_session", r => r.DayZero),
        Str(rows, "category", r => r.Event.Category.ToToken()),
        Str(rows, "cluster", r => r.Event.Cluster),
        new BooleanDataFrameColumn("clustered", rows.Select(r => r.Clustered)),
        Str(rows, "cluster_id", r => r.ClusterId),
        Str(rows, "clustered_with", r => string.Join(";", r.ClusteredWith)));

    public static DataFrame Fits(IReadOnlyList<StockEventResult> rows) => new(
        Str(rows, "event_id", r => r.EventId),
        Str(rows, "symbol", r => r.Symbol),
        Str(rows, "model", r => SnakeCase(r.Fit.Model.ToString())),
        Int(rows, "n", r => r.Fit.Observations),
        Int(rows, "df", r => r.Fit.DegreesOfFreedom),
        Num(rows, "alpha", r => r.Fit.Alpha),
        Num(rows, "beta_market", r => r.Fit.MarketBeta),
        Num(rows, "beta_btc", r => r.Fit.BitcoinBeta),
        Num(rows, "s_e", r => r.Fit.ResidualStdError),
        Num(rows, "r_squared", r => r.Fit.RSquared),
        Date(rows, "estimation_start", r => r.Fit.EstimationStart),
        Date(rows, "estimation_end", r => r.Fit.EstimationEnd));

    public static DataFrame AbnormalReturns(EventStudyResult result, SessionPanel returns)
    {
        var dayZero = result.Events.ToDictionary(e => e.Id, e => returns.IndexOf(e.DayZero), StringComparer.Ordinal);
        var rows = new List<(StockEventResult R, int Offset, int Row)>();
        foreach (var r in result.Stocks)
            for (var o = r.FirstOffset; o <= r.LastOffset; o++)
                rows.Add((r, o, dayZero[r.EventId] + o));

        double? Return(StockEventResult r, int row) =>
            row < returns.Length && double.IsFinite(returns[r.Symbol][row]) ? returns[r.Symbol][row] : null;

        return new DataFrame(
            Str(rows, "event_id", x => x.R.EventId),
            Str(rows, "symbol", x => x.R.Symbol),
            Int(rows, "offset", x => x.Offset),
            Date(rows, "session", x => x.Row < returns.Length ? returns.Sessions[x.Row] : null),
            Num(rows, "return", x => Return(x.R, x.Row)),
            Num(rows, "expected", x => Return(x.R, x.Row) - x.R.AbnormalReturn(x.Offset)),
            Num(rows, "ar", x => x.R.AbnormalReturn(x.Offset)));
    }

    public static DataFrame Cars(IReadOnlyList<StockEventResult> stocks)
    {
        var rows = stocks.SelectMany(r => r.Cars.Select(c => (R: r, C: c))).ToArray();
        return new DataFrame(
            Str(rows, "event_id", x => x.R.EventId),
            Str(rows, "symbol", x => x.R.Symbol),
            Str(rows, "window", x => x.C.Window.ToString()),
            Int(rows, "window_start", x => x.C.Window.Start),
            Int(rows, "window_end", x => x.C.Window.End),
            Int(rows, "length", x => x.C.Window.Length),
            Str(rows, "status", x => SnakeCase(x.C.Status.ToString())),
            Int(rows, "missing_days", x => x.C.MissingDays),
            Num(rows, "car", x => x.C.Car),
            Num(rows, "se", x => x.C.StandardError),
            Num(rows, "t", x => x.C.T),
            Num(rows, "p", x => x.C.P));
    }

    public static DataFrame Groups(IReadOnlyList<GroupEventResult> rows) => new(
    [
        Str(rows, "group", r => r.Group),
        Str(rows, "event_id", r => r.EventId),
        Str(rows, "window", r => r.Window.ToString()),
        .. TestColumns(rows, r => r.Tests),
    ]);

    public static DataFrame Pooled(IReadOnlyList<PooledResult> rows) => new(
    [
        Str(rows, "pool", r => r.Pool),
        Str(rows, "group", r => r.Group),
        Str(rows, "window", r => r.Window.ToString()),
        Int(rows, "events", r => r.Events),
        .. TestColumns(rows, r => r.Tests),
    ]);

    public static DataFrame Comparisons(IReadOnlyList<PoolComparison> rows) => new(
        Str(rows, "pool", r => r.Pool),
        Str(rows, "other_pool", r => r.OtherPool),
        Str(rows, "group", r => r.Group),
        Str(rows, "window", r => r.Window.ToString()),
        Int(rows, "n", r => r.N),
        Int(rows, "other_n", r => r.OtherN),
        Num(rows, "mean_car", r => r.MeanCar),
        Num(rows, "other_mean_car", r => r.OtherMeanCar),
        Num(rows, "difference", r => r.Difference),
        Num(rows, "t_welch", r => r.WelchT),
        Num(rows, "df", r => r.DegreesOfFreedom),
        Num(rows, "p", r => r.P));

    public static DataFrame Averages(IReadOnlyList<AverageAbnormalReturn> rows) => new(
        Str(rows, "group", r => r.Group),
        Str(rows, "event_id", r => r.EventId),
        Int(rows, "offset", r => r.Offset),
        Int(rows, "n", r => r.N),
        Num(rows, "aar", r => r.Mean),
        Num(rows, "caar", r => r.Cumulative));

    public static DataFrame Skipped(IReadOnlyList<SkippedStock> rows) => new(
        Str(rows, "event_id", r => r.EventId),
        Str(rows, "symbol", r => r.Symbol),
        Str(rows, "reason", r => SnakeCase(r.Reason.ToString())),
        Int(rows, "observations", r => r.Observations),
        Str(rows, "detail", r => r.Detail));

    private static DataFrameColumn[] TestColumns<T>(IReadOnlyList<T> rows, Func<T, CarTests> tests) =>
    [
        Int(rows, "n", r => tests(r).N),
        Num(rows, "mean_car", r => tests(r).MeanCar),
        Num(rows, "sd_car", r => tests(r).StdDevCar),
        Num(rows, "t_cs", r => tests(r).CrossSectionalT),
        Num(rows, "p_cs", r => tests(r).CrossSectionalP),
        Num(rows, "t_bmp", r => tests(r).BmpT),
        Num(rows, "p_bmp", r => tests(r).BmpP),
        Int(rows, "positive", r => tests(r).Positive),
        Int(rows, "negative", r => tests(r).Negative),
        Num(rows, "positive_share", r => tests(r).PositiveShare),
        Num(rows, "p_sign", r => tests(r).SignP),
    ];

    /// <summary><c>TwoFactor</c> → <c>two_factor</c>, as the data files write their codes.</summary>
    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    private static StringDataFrameColumn Str<T>(IReadOnlyList<T> rows, string name, Func<T, string?> value) =>
        Frames.Text(name, rows.Select(value));

    private static DoubleDataFrameColumn Num<T>(IReadOnlyList<T> rows, string name, Func<T, double?> value) =>
        new(name, rows.Select(value));

    private static Int32DataFrameColumn Int<T>(IReadOnlyList<T> rows, string name, Func<T, int?> value) =>
        new(name, rows.Select(value));

    private static DateTimeDataFrameColumn Date<T>(IReadOnlyList<T> rows, string name, Func<T, DateOnly?> value) =>
        Frames.Dates(name, rows.Select(value));
}
