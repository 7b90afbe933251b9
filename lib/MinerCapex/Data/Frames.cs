using Microsoft.Data.Analysis;

namespace MinerCapex.Data;

/// <summary>Column builders shared by every <c>ToDataFrame()</c> edge of the library.</summary>
internal static class Frames
{
    /// <summary>A date column: DataFrame has no <see cref="DateOnly"/> column, so dates become midnight <see cref="DateTime"/>s.</summary>
    public static DateTimeDataFrameColumn Dates(string name, IEnumerable<DateOnly> dates) =>
        new(name, dates.Select(d => (DateTime?)d.ToDateTime(TimeOnly.MinValue)));

    /// <summary>A nullable date column.</summary>
    public static DateTimeDataFrameColumn Dates(string name, IEnumerable<DateOnly?> dates) =>
        new(name, dates.Select(d => d?.ToDateTime(TimeOnly.MinValue)));

    /// <summary>A string column.</summary>
    public static StringDataFrameColumn Text(string name, IEnumerable<string?> values) => new(name, values);

    /// <summary>A number column; a missing value (NaN) becomes a DataFrame null, which is how Microsoft.Data.Analysis marks missing data.</summary>
    public static DoubleDataFrameColumn Doubles(string name, IEnumerable<double> values) =>
        new(name, values.Select(v => double.IsNaN(v) ? (double?)null : v));

    /// <summary>A count column.</summary>
    public static Int32DataFrameColumn Ints(string name, IEnumerable<int> values) =>
        new(name, values.Select(v => (int?)v));
}
