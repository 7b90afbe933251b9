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
        Str(rows, "clustered_with", r => string.Join(";", r.ClusteredWith)),
        Int(rows, "excluded_sessions", r => r.ExcludedSessions));

    public static DataFrame Fits(IReadOnlyList<StockEventResult> rows) => new(
        Str(rows, "event_id", r => r.EventId),
        Str(rows, "symbol", r => r.Symbol),
        Str(rows, "model", r => SnakeCase(r.Fit.Model.ToString())),
        Int(rows, "n", r => r.Fit.Observations),
        Int(rows, "df", r => r.Fit.DegreesOfFreedom),
        Num(rows, "alpha", r => r.Fit.Alpha),
        Num(rows, "beta_market", r => r.Fit.MarketBeta),
        Num(rows, "beta_btc", r => r.Fit.BitcoinBeta),
        Num(rows, "beta_ai", r => r.Fit.AiBeta),
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

    public static DataFrame Comparisons(IReadOnlyList<PoolComparison> rows) =>
        RecordColumns(rows, "pool other_pool group window n other_n mean_car other_mean_car difference t_welch df p");

    public static DataFrame Averages(IReadOnlyList<AverageAbnormalReturn> rows) =>
        RecordColumns(rows, "group event_id offset n aar caar");

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

    /// <summary>
    /// One column per field of the positional record <typeparamref name="T"/>, in the record's order, named by
    /// <paramref name="names"/> (one word per field): a count for an <c>int</c>, a number for a <c>double</c> (null
    /// where unknown), a date for a <see cref="DateOnly"/>, and text for anything else (a string, or a value's
    /// <c>ToString</c>, as an <see cref="EventWindow"/> is written <c>[-1,+1]</c>).
    /// </summary>
    /// <remarks>The builder of every flat result, so that such a frame is its record's field list and a list of names, nothing more.</remarks>
    private static DataFrame RecordColumns<T>(IReadOnlyList<T> rows, string names)
    {
        var fields = typeof(T).GetConstructors().Single().GetParameters();
        var headers = names.Split(' ');
        if (headers.Length != fields.Length)
            throw new ArgumentException($"{typeof(T).Name} has {fields.Length} fields, but {headers.Length} column names were given: {names}.", nameof(names));
        var columns = new DataFrameColumn[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            var property = typeof(T).GetProperty(fields[f].Name!)!;
            var header = headers[f];
            object? Value(T row) => property.GetValue(row);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            columns[f] = type == typeof(int) ? Int(rows, header, r => (int?)Value(r))
                : type == typeof(double) ? Num(rows, header, r => (double?)Value(r))
                : type == typeof(DateOnly) ? Date(rows, header, r => (DateOnly?)Value(r))
                : Str(rows, header, r => Value(r)?.ToString());
        }
        return new DataFrame(columns);
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
