namespace MinerCapex.Charts;

/// <summary>
/// A before/after comparison per label: two dots joined by a line, e.g. each miner's correlation with
/// BTC in 2024 and in 2025. Significant changes are drawn solid, the others faded.
/// </summary>
public static class DumbbellChart
{
    /// <summary>Draws one dumbbell per label.</summary>
    /// <param name="labels">Row labels, drawn top to bottom.</param>
    /// <param name="before">First-period values.</param>
    /// <param name="after">Second-period values.</param>
    /// <param name="beforeName">Legend name of the first period.</param>
    /// <param name="afterName">Legend name of the second period.</param>
    /// <param name="significant">Whether each change is significant (e.g. Fisher z p &lt; 0.05).</param>
    /// <param name="title">Chart title.</param>
    /// <param name="valueTitle">Value axis title.</param>
    /// <param name="hover">Per-row hover text (e.g. the test statistic), or null.</param>
    /// <param name="source">Source line.</param>
    public static ChartFigure Create(
        IReadOnlyList<string> labels, IReadOnlyList<double> before, IReadOnlyList<double> after,
        string beforeName, string afterName, IReadOnlyList<bool> significant, string title, string valueTitle,
        IReadOnlyList<string>? hover = null, string? source = ChartStyle.PriceSource) =>
        Create(labels, [(beforeName, before), (afterName, after)], significant, title, valueTitle, hover, source);

    /// <summary>
    /// Draws one row per label with a dot per period (earlier periods in lighter greys, the last in the miners'
    /// colour), joined by a line from the smallest to the largest value.
    /// </summary>
    /// <param name="labels">Row labels, drawn top to bottom.</param>
    /// <param name="periods">Each period's legend name and values, in time order; at least two.</param>
    /// <param name="significant">Whether each row's change is significant; drawn as a dark connector.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="valueTitle">Value axis title.</param>
    /// <param name="hover">Per-row hover text (e.g. the test statistic), or null.</param>
    /// <param name="source">Source line.</param>
    public static ChartFigure Create(
        IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> periods, IReadOnlyList<bool> significant,
        string title, string valueTitle, IReadOnlyList<string>? hover = null, string? source = ChartStyle.PriceSource)
    {
        var n = labels.Count;
        if (periods.Count < 2 || periods.Any(p => p.Values.Count != n) || significant.Count != n)
            throw new ArgumentException("Every period's values and the significance flags must have one entry per label, with at least two periods.");

        var figure = new ChartFigure();
        for (var i = 0; i < n; i++)
        {
            var row = periods.Select(p => p.Values[i]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).ToList();
            figure.AddTrace("scatter", new Dictionary<string, object?>
            {
                ["x"] = ChartFigure.Values([row.Min(), row.Max()]),
                ["y"] = new[] { labels[i], labels[i] },
                ["mode"] = "lines",
                ["line"] = new { color = significant[i] ? "#343a40" : "#ced4da", width = significant[i] ? 3 : 2 },
                ["showlegend"] = false,
                ["hoverinfo"] = "skip",
            });
        }
        for (var k = 0; k < periods.Count; k++)
            figure.AddTrace("scatter", Dots(labels, periods[k].Values, periods[k].Name, PeriodColor(k, periods.Count), hover));
        figure.Frame(title, valueTitle, "", source, height: Math.Max(360, 30 * n + 170));
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true });
        figure.Layout("hovermode", "closest");
        return figure;
    }

    // Earlier periods fade from light to mid grey; the latest stands out in the miners' colour.
    private static string PeriodColor(int k, int count) =>
        k == count - 1 ? ChartStyle.Colors.Miners : count == 2 ? "#adb5bd" : k == 0 ? "#ced4da" : "#868e96";

    private static Dictionary<string, object?> Dots(IReadOnlyList<string> labels, IReadOnlyList<double> values, string name, string color, IReadOnlyList<string>? hover) => new()
    {
        ["x"] = ChartFigure.Values(values),
        ["y"] = labels.ToArray(),
        ["mode"] = "markers",
        ["name"] = name,
        ["marker"] = new { color, size = 11 },
        ["text"] = hover?.ToArray(),
        ["hovertemplate"] = hover is null ? "%{y}: %{x:.3f}<extra>" + name + "</extra>" : "%{y}: %{x:.3f}<br>%{text}<extra>" + name + "</extra>",
    };
}
