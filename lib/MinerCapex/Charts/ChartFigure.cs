using Plotly.NET;

namespace MinerCapex.Charts;

/// <summary>
/// A Plotly figure described with plotly.js attribute names, turned into a Plotly.NET
/// <see cref="GenericChart"/> at the end.
/// </summary>
/// <remarks>
/// Plotly.NET 6 dropped its C# interop layer: its chart functions take dozens of F# option
/// arguments, and the C# wrapper (Plotly.NET.CSharp 0.14) targets net10.0 only, which this net8.0
/// library cannot reference. Building the traces and layout as Plotly.NET's own dynamic objects keeps
/// the C# readable, uses plotly.js's documented attribute names, and still renders through Plotly.NET
/// (<see cref="GenericChart.toChartHTML"/>, the embedded plotly.js).
/// </remarks>
public sealed class ChartFigure
{
    private readonly List<Trace> _traces = [];
    private readonly Dictionary<string, object?> _layout = new(StringComparer.Ordinal);
    private readonly List<object> _shapes = [];
    private readonly List<object> _annotations = [];

    /// <summary>Adds a trace of plotly.js type <paramref name="type"/> with the given attributes.</summary>
    public ChartFigure AddTrace(string type, IReadOnlyDictionary<string, object?> attributes)
    {
        var trace = new Trace2D(type);
        foreach (var (key, value) in attributes)
        {
            if (value is not null) trace.SetProperty(key, value);
        }
        _traces.Add(trace);
        return this;
    }

    /// <summary>Sets a top-level layout attribute (e.g. <c>xaxis</c>, <c>legend</c>).</summary>
    public ChartFigure Layout(string key, object? value)
    {
        _layout[key] = value;
        return this;
    }

    /// <summary>Adds a layout shape (e.g. a vertical event line).</summary>
    public ChartFigure AddShape(object shape)
    {
        _shapes.Add(shape);
        return this;
    }

    /// <summary>Adds a layout annotation.</summary>
    public ChartFigure AddAnnotation(object annotation)
    {
        _annotations.Add(annotation);
        return this;
    }

    /// <summary>Number of traces added so far.</summary>
    public int TraceCount => _traces.Count;

    /// <summary>The Plotly.NET chart, ready for <c>display</c> or <see cref="GenericChart.toChartHTML"/>.</summary>
    public GenericChart ToChart()
    {
        var layout = new Plotly.NET.Layout();
        foreach (var (key, value) in _layout)
        {
            if (value is not null) layout.SetProperty(key, value);
        }
        if (_shapes.Count > 0) layout.SetProperty("shapes", _shapes.ToArray());
        if (_annotations.Count > 0) layout.SetProperty("annotations", _annotations.ToArray());
        return GenericChart.setLayout(layout, GenericChart.ofTraceObjects(true, _traces));
    }

    /// <summary>Plotly draws a gap for null but would print "NaN" as a string; missing values become null.</summary>
    internal static double?[] Values(IEnumerable<double> values) =>
        values.Select(v => double.IsNaN(v) || double.IsInfinity(v) ? (double?)null : v).ToArray();

    /// <summary>ISO dates, which plotly reads as a date axis.</summary>
    internal static string[] Dates(IEnumerable<DateOnly> dates) =>
        dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
