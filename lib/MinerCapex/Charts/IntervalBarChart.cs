namespace MinerCapex.Charts;

/// <summary>One group of bars with a confidence interval on each bar.</summary>
/// <param name="Name">Legend entry.</param>
/// <param name="Values">One value per category; NaN leaves the bar out.</param>
/// <param name="Lower">Lower end of each bar's interval; NaN for none.</param>
/// <param name="Upper">Upper end of each bar's interval; NaN for none.</param>
/// <param name="Color">CSS colour, or null.</param>
/// <param name="Hover">Optional hover text per bar (e.g. the test statistic).</param>
public sealed record IntervalSeries(
    string Name, IReadOnlyList<double> Values, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper,
    string? Color = null, IReadOnlyList<string>? Hover = null);

/// <summary>
/// Vertical bars grouped by category, each with an error bar from its interval's lower to upper end: mean
/// CARs with their 95% confidence intervals, for instance. A bar whose interval crosses zero is not
/// significant at that level.
/// </summary>
public static class IntervalBarChart
{
    /// <summary>Draws one bar per category and series, with its interval.</summary>
    /// <param name="categories">X categories.</param>
    /// <param name="series">The bar groups.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="yTitle">Y axis title with its unit.</param>
    /// <param name="xTitle">X axis title.</param>
    /// <param name="yFormat">d3 format of the y ticks and hover values; <c>.1%</c> prints fractions as percentages.</param>
    /// <param name="source">Source line under the chart.</param>
    /// <exception cref="ArgumentException">A series has not one value, lower and upper end per category.</exception>
    public static ChartFigure Grouped(
        IReadOnlyList<string> categories, IEnumerable<IntervalSeries> series, string title, string yTitle,
        string xTitle = "", string yFormat = ".1%", string? source = ChartStyle.DefaultSource)
    {
        var figure = new ChartFigure();
        foreach (var s in series)
        {
            if (s.Values.Count != categories.Count || s.Lower.Count != categories.Count || s.Upper.Count != categories.Count)
                throw new ArgumentException(
                    $"Series '{s.Name}' needs {categories.Count} values, lower and upper ends; it has {s.Values.Count}, {s.Lower.Count} and {s.Upper.Count}.",
                    nameof(series));
            // plotly draws asymmetric error bars from distances above and below the bar's top.
            var above = s.Values.Zip(s.Upper, (v, u) => u - v);
            var below = s.Values.Zip(s.Lower, (v, l) => v - l);
            var interval = s.Lower.Zip(s.Upper, (l, u) => double.IsNaN(l) || double.IsNaN(u) ? "no interval" : $"interval {Format(l, yFormat)} to {Format(u, yFormat)}");
            var text = s.Hover is null ? interval.ToArray() : interval.Zip(s.Hover, (i, h) => $"{i}<br>{h}").ToArray();
            figure.AddTrace("bar", new Dictionary<string, object?>
            {
                ["x"] = categories.ToArray(),
                ["y"] = ChartFigure.Values(s.Values),
                ["name"] = s.Name,
                ["marker"] = s.Color is null ? null : new { color = s.Color },
                ["error_y"] = new { type = "data", symmetric = false, array = ChartFigure.Values(above), arrayminus = ChartFigure.Values(below), color = "#343a40", thickness = 1.2, width = 4 },
                ["text"] = text,
                ["textposition"] = "none",
                ["hovertemplate"] = "%{x}: %{y:" + yFormat + "}<br>%{text}<extra>" + s.Name + "</extra>",
            });
        }
        figure.Frame(title, xTitle, yTitle, source);
        figure.Layout("yaxis", new { title = new { text = yTitle }, tickformat = yFormat, zeroline = true, zerolinecolor = "#868e96", automargin = true });
        figure.Layout("barmode", "group");
        figure.Layout("hovermode", "closest");
        return figure;
    }

    private static string Format(double value, string d3Format) => d3Format.EndsWith('%')
        ? (value * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"
        : value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
