namespace MinerCapex.Charts;

/// <summary>One group of bars in a grouped bar chart.</summary>
/// <param name="Name">Legend entry.</param>
/// <param name="Values">One value per category; NaN leaves the bar out.</param>
/// <param name="Color">CSS colour, or null.</param>
/// <param name="Hover">Optional hover text per bar.</param>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values, string? Color = null, IReadOnlyList<string>? Hover = null);

/// <summary>Bar charts: horizontal ranked bars and grouped columns.</summary>
public static class BarChart
{
    /// <summary>Horizontal bars, one per label, in the order given (first at the top).</summary>
    /// <param name="labels">Bar labels.</param>
    /// <param name="values">Bar lengths.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="valueTitle">Value axis title with its unit.</param>
    /// <param name="colors">Per-bar colours, or null.</param>
    /// <param name="hover">Per-bar hover text, or null.</param>
    /// <param name="valueFormat">d3 format of the printed values, e.g. <c>.1f</c>.</param>
    /// <param name="source">Source line under the chart.</param>
    public static ChartFigure Horizontal(
        IReadOnlyList<string> labels, IReadOnlyList<double> values, string title, string valueTitle,
        IReadOnlyList<string>? colors = null, IReadOnlyList<string>? hover = null, string valueFormat = ".1f",
        string? source = ChartStyle.PriceSource)
    {
        if (labels.Count != values.Count) throw new ArgumentException($"{labels.Count} labels but {values.Count} values.", nameof(values));
        var figure = new ChartFigure().AddTrace("bar", new Dictionary<string, object?>
        {
            ["orientation"] = "h",
            ["y"] = labels.ToArray(),
            ["x"] = ChartFigure.Values(values),
            ["marker"] = colors is null ? null : new { color = colors.ToArray() },
            ["text"] = hover?.ToArray(),
            ["texttemplate"] = "%{x:" + valueFormat + "}",
            ["textposition"] = "outside",
            ["hovertemplate"] = hover is null ? "%{y}: %{x}<extra></extra>" : "%{y}: %{x}<br>%{text}<extra></extra>",
            ["showlegend"] = false,
        });
        figure.Frame(title, valueTitle, "", source, height: Math.Max(360, 26 * labels.Count + 170));
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true });
        figure.Layout("hovermode", "closest");
        return figure;
    }

    /// <summary>Vertical columns grouped by category, one colour per series.</summary>
    public static ChartFigure Grouped(
        IReadOnlyList<string> categories, IEnumerable<BarSeries> series, string title, string yTitle,
        string xTitle = "", string? source = ChartStyle.PriceSource)
    {
        var figure = new ChartFigure();
        foreach (var s in series)
        {
            if (s.Values.Count != categories.Count)
                throw new ArgumentException($"Series '{s.Name}' has {s.Values.Count} values for {categories.Count} categories.", nameof(series));
            figure.AddTrace("bar", new Dictionary<string, object?>
            {
                ["x"] = categories.ToArray(),
                ["y"] = ChartFigure.Values(s.Values),
                ["name"] = s.Name,
                ["marker"] = s.Color is null ? null : new { color = s.Color },
                ["text"] = s.Hover?.ToArray(),
                ["hovertemplate"] = s.Hover is null ? "%{x}: %{y:.4f}<extra>" + s.Name + "</extra>" : "%{x}: %{y:.4f}<br>%{text}<extra>" + s.Name + "</extra>",
            });
        }
        figure.Frame(title, xTitle, yTitle, source);
        figure.Layout("barmode", "group");
        figure.Layout("hovermode", "closest");
        return figure;
    }

    /// <summary>
    /// Horizontal bars stacked from left to right, one colour per series: e.g. the share of each miner's
    /// variance explained by each factor, the parts adding up to the bar's length.
    /// </summary>
    /// <param name="labels">Bar labels, drawn top to bottom.</param>
    /// <param name="series">The parts, stacked in the order given; each has one value per label (NaN leaves the part out).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="valueTitle">Value axis title with its unit.</param>
    /// <param name="valueFormat">d3 format of the values printed inside the parts, e.g. <c>.0%</c>; null prints none.</param>
    /// <param name="source">Source line under the chart.</param>
    /// <param name="axisFormat">d3 format of the value axis' tick labels, e.g. <c>.0%</c>; null for plotly's default.</param>
    public static ChartFigure Stacked(
        IReadOnlyList<string> labels, IEnumerable<BarSeries> series, string title, string valueTitle,
        string? valueFormat = null, string? source = ChartStyle.PriceSource, string? axisFormat = null)
    {
        var figure = new ChartFigure();
        foreach (var s in series)
        {
            if (s.Values.Count != labels.Count)
                throw new ArgumentException($"Series '{s.Name}' has {s.Values.Count} values for {labels.Count} labels.", nameof(series));
            var tip = s.Hover is null ? "%{y}: %{x:.3f}" : "%{y}: %{x:.3f}<br>%{customdata}";
            figure.AddTrace("bar", new Dictionary<string, object?>
            {
                ["orientation"] = "h",
                ["y"] = labels.ToArray(),
                ["x"] = ChartFigure.Values(s.Values),
                ["name"] = s.Name,
                ["marker"] = s.Color is null ? null : new { color = s.Color },
                ["customdata"] = s.Hover?.ToArray(),
                ["texttemplate"] = valueFormat is null ? null : "%{x:" + valueFormat + "}",
                ["textposition"] = valueFormat is null ? null : "inside",
                ["insidetextanchor"] = "middle",
                ["hovertemplate"] = tip + "<extra>" + s.Name + "</extra>",
            });
        }
        figure.Frame(title, valueTitle, "", source, height: Math.Max(360, 26 * labels.Count + 190));
        figure.Layout("barmode", "stack");
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true, type = "category" });
        if (axisFormat is not null) figure.Layout("xaxis", new { title = new { text = valueTitle }, automargin = true, tickformat = axisFormat });
        figure.Layout("hovermode", "closest");
        return figure;
    }
}
