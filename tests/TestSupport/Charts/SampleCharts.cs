using Plotly.NET;
using TestSupport.Reports;

namespace TestSupport.Charts;

/// <summary>Plotly.NET charts built from the bundled prices through Plotly.NET's trace objects (the core API from C#).</summary>
public static class SampleCharts
{
    public static GenericChart Lines(string title, params string[] symbols)
    {
        var traces = symbols.Select(symbol =>
        {
            var (dates, prices) = BundledPrices.Read(symbol);
            var first = prices.First(p => !double.IsNaN(p));
            return Trace("scatter", symbol, ("x", dates.Select(d => d.ToString("yyyy-MM-dd")).ToArray()), ("y", prices.Select(p => 100 * p / first).ToArray()), ("mode", "lines"));
        });
        return WithTitle(GenericChart.combine(traces.Select(t => GenericChart.ofTraceObject(true, t))), title);
    }

    public static GenericChart Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values) =>
        WithTitle(GenericChart.ofTraceObject(true, Trace("bar", title, ("x", labels.ToArray()), ("y", values.ToArray()))), title);

    public static GenericChart Scatter(string title, double[] x, double[] y, string name) =>
        WithTitle(GenericChart.ofTraceObject(true, Trace("scatter", name, ("x", x), ("y", y), ("mode", "markers"))), title);

    public static GenericChart Histogram(string title, double[] values, string name) =>
        WithTitle(GenericChart.ofTraceObject(true, Trace("histogram", name, ("x", values))), title);

    public static GenericChart Heatmap(string title, string[] labels, double[][] z) =>
        WithTitle(GenericChart.ofTraceObject(true, Trace("heatmap", title, ("x", labels), ("y", labels), ("z", z))), title);

    private static Trace Trace(string type, string name, params (string Key, object Value)[] properties)
    {
        var trace = new Trace(type);
        trace.SetProperty("name", name);
        foreach (var (key, value) in properties)
            trace.SetProperty(key, value);
        return trace;
    }

    private static GenericChart WithTitle(GenericChart chart, string title)
    {
        var text = new DynamicObj.DynamicObj();
        text.SetProperty("text", title);
        var layout = new Layout();
        layout.SetProperty("title", text);
        return GenericChart.addLayout(layout, chart);
    }
}
