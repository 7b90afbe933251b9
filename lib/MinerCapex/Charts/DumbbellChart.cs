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
        IReadOnlyList<string>? hover = null, string? source = ChartStyle.PriceSource)
    {
        var n = labels.Count;
        if (before.Count != n || after.Count != n || significant.Count != n)
            throw new ArgumentException("labels, before, after and significant must have the same length.");

        var figure = new ChartFigure();
        for (var i = 0; i < n; i++)
        {
            figure.AddTrace("scatter", new Dictionary<string, object?>
            {
                ["x"] = ChartFigure.Values([before[i], after[i]]),
                ["y"] = new[] { labels[i], labels[i] },
                ["mode"] = "lines",
                ["line"] = new { color = significant[i] ? "#343a40" : "#ced4da", width = significant[i] ? 3 : 2 },
                ["showlegend"] = false,
                ["hoverinfo"] = "skip",
            });
        }
        figure.AddTrace("scatter", Dots(labels, before, beforeName, "#adb5bd", hover));
        figure.AddTrace("scatter", Dots(labels, after, afterName, ChartStyle.Colors.Miners, hover));
        figure.Frame(title, valueTitle, "", source, height: Math.Max(360, 30 * n + 170));
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true });
        figure.Layout("hovermode", "closest");
        return figure;
    }

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
