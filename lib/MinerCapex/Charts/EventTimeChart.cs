namespace MinerCapex.Charts;

/// <summary>A named line over event time: values at session offsets from day 0.</summary>
/// <param name="Name">Legend entry.</param>
/// <param name="Offsets">Sessions from day 0 (x values).</param>
/// <param name="Values">One value per offset; NaN is drawn as a gap.</param>
/// <param name="Color">CSS colour, or null for plotly's palette.</param>
/// <param name="Dash">plotly line dash (<c>solid</c>, <c>dot</c>, <c>dash</c>), or null for solid.</param>
/// <param name="Hover">Optional hover text per point.</param>
/// <param name="Lower">Optional lower ends of an interval per point, drawn as error bars with <paramref name="Upper"/>.</param>
/// <param name="Upper">Optional upper ends of the interval per point.</param>
public sealed record EventTimeSeries(
    string Name, IReadOnlyList<int> Offsets, IReadOnlyList<double> Values, string? Color = null, string? Dash = null,
    IReadOnlyList<string>? Hover = null, IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null);

/// <summary>
/// Lines over event time, as event studies draw cumulative abnormal returns: x counts sessions from day 0
/// (a dotted vertical line), y has a zero line.
/// </summary>
public static class EventTimeChart
{
    /// <summary>Draws each series as a line with markers at its offsets.</summary>
    /// <param name="series">The lines.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="yTitle">Y axis title, with its unit.</param>
    /// <param name="yFormat">d3 format of the y ticks and hover values; <c>.1%</c> prints fractions as percentages.</param>
    /// <param name="xTitle">X axis title.</param>
    /// <param name="source">Source line under the chart.</param>
    /// <param name="xTick">Sessions between x ticks.</param>
    /// <exception cref="ArgumentException">No series, or a series with as many offsets as values.</exception>
    public static ChartFigure Create(
        IEnumerable<EventTimeSeries> series, string title, string yTitle, string yFormat = ".1%",
        string xTitle = "Sessions from day 0 (the event's first session)", string? source = ChartStyle.DefaultSource, int xTick = 1)
    {
        var lines = series.ToList();
        if (lines.Count == 0) throw new ArgumentException("At least one series is needed.", nameof(series));
        var figure = new ChartFigure();
        foreach (var s in lines)
        {
            if (s.Offsets.Count != s.Values.Count)
                throw new ArgumentException($"Series '{s.Name}' has {s.Offsets.Count} offsets but {s.Values.Count} values.", nameof(series));
            figure.AddTrace("scatter", new Dictionary<string, object?>
            {
                ["x"] = s.Offsets.ToArray(),
                ["y"] = ChartFigure.Values(s.Values),
                ["mode"] = "lines+markers",
                ["name"] = s.Name,
                ["line"] = new { color = s.Color, width = 2, dash = s.Dash ?? "solid" },
                ["marker"] = new { color = s.Color, size = 6 },
                ["text"] = s.Hover?.ToArray(),
                ["hovertemplate"] = "day %{x}: %{y:" + yFormat + "}" + (s.Hover is null ? "" : "<br>%{text}") + "<extra>" + s.Name + "</extra>",
                ["connectgaps"] = false,
                ["error_y"] = s.Lower is null || s.Upper is null ? null : new
                {
                    type = "data", symmetric = false, color = s.Color, thickness = 1.2, width = 4,
                    array = ChartFigure.Values(s.Upper.Zip(s.Values, (u, v) => u - v)),
                    arrayminus = ChartFigure.Values(s.Values.Zip(s.Lower, (v, l) => v - l)),
                },
            });
        }
        figure.Frame(title, xTitle, yTitle, source);
        figure.Layout("xaxis", new { title = new { text = xTitle }, dtick = xTick, zeroline = false, automargin = true });
        figure.Layout("yaxis", new { title = new { text = yTitle }, tickformat = yFormat, zeroline = true, zerolinecolor = "#adb5bd", automargin = true });
        figure.Layout("hovermode", "closest");
        figure.AddShape(new
        {
            type = "line", xref = "x", yref = "paper", x0 = 0, x1 = 0, y0 = 0.0, y1 = 1.0,
            line = new { color = "#868e96", width = 1, dash = "dot" }, layer = "below",
        });
        return figure;
    }
}
