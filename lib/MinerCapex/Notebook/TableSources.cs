using System.Collections.Concurrent;
using System.Reflection;
using MinerCapex.Panel;
using Microsoft.Data.Analysis;

namespace MinerCapex.Notebook;

/// <summary>Adapters from the tabular values notebooks display to <see cref="TableSource"/>.</summary>
internal static class TableSources
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> RecordColumns = new();

    /// <summary>A DataFrame: its columns in order, a 0-based row index as row header.</summary>
    public static TableSource FromDataFrame(DataFrame frame)
    {
        var columns = frame.Columns.Select(c => new TableColumn(c.Name, c.DataType)).ToArray();
        return new TableSource(columns, frame.Rows.Count, (row, column) => frame.Columns[column][row], "", row => row);
    }

    /// <summary>A session panel: one column per symbol, the session date as row header.</summary>
    public static TableSource FromPanel(SessionPanel panel)
    {
        var columns = panel.Symbols.Select(s => new TableColumn(s, typeof(double))).ToArray();
        return new TableSource(columns, panel.Length, (row, column) => panel.Columns[column][row], "Session", row => panel.Sessions[(int)row]);
    }

    /// <summary>
    /// A sequence of records (or any objects): one column per public readable instance property, in declaration
    /// order; the sequence is enumerated once.
    /// </summary>
    public static TableSource FromRecords<T>(IEnumerable<T> items)
    {
        var rows = items as IReadOnlyList<T> ?? items.ToList();
        var properties = RecordColumns.GetOrAdd(typeof(T), ReadableProperties);
        var columns = properties.Select(p => new TableColumn(p.Name, Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)).ToArray();
        return new TableSource(columns, rows.Count, (row, column) => properties[column].GetValue(rows[(int)row]));
    }

    private static PropertyInfo[] ReadableProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken)
        .ToArray();
}
