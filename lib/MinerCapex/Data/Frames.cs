using Microsoft.Data.Analysis;

namespace MinerCapex.Data;

/// <summary>Column builders shared by the DataFrame conversions.</summary>
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
}
