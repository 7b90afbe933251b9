namespace MinerCapex.Charts;

/// <summary>
/// The placebo distribution of a statistic as a histogram, with the real value marked: where the real event days
/// fall among days without news.
/// </summary>
public static class PlaceboHistogram
{
    /// <summary>
    /// Counts of <paramref name="draws"/> in <paramref name="bins"/> equal bins spanning the draws and the real value,
    /// and a dashed line at <paramref name="real"/>. Bins are computed here, not by the browser, so the figure's data
    /// (and its CSV) are the counts a reader sees.
    /// </summary>
    /// <exception cref="ArgumentException">No finite draw, or <paramref name="real"/> is not finite.</exception>
    public static ChartFigure Create(IReadOnlyList<double> draws, double real, string title, string valueTitle, string realLabel, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(draws);
        var finite = draws.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) throw new ArgumentException("A histogram needs at least one finite draw.", nameof(draws));
        if (!double.IsFinite(real)) throw new ArgumentException($"The real value must be finite; got {real}.", nameof(real));
        double lo = Math.Min(finite.Min(), real), hi = Math.Max(finite.Max(), real);
        if (!(hi > lo)) hi = lo + 1e-12;
        var width = (hi - lo) / bins;
        var counts = new int[bins];
        foreach (var v in finite) counts[Math.Min(bins - 1, (int)((v - lo) / width))]++;
        var centres = Enumerable.Range(0, bins).Select(b => lo + (b + 0.5) * width).ToArray();
        var figure = new ChartFigure().AddTrace("bar", new Dictionary<string, object?>
        {
            ["x"] = centres,
            ["y"] = counts,
            ["width"] = width,
            ["name"] = "placebo sets",
            ["marker"] = new { color = ChartStyle.Colors.Market, opacity = 0.55 },
            ["hovertemplate"] = "%{x:.4g}: %{y} sets<extra></extra>",
        });
        figure.Frame(title, valueTitle, "Placebo sets", ChartStyle.DefaultSource);
        figure.Layout("hovermode", "closest");
        figure.Layout("bargap", 0.02);
        figure.AddShape(new
        {
            type = "line", xref = "x", yref = "paper", x0 = real, x1 = real, y0 = 0.0, y1 = 1.0,
            line = new { color = ChartStyle.Colors.Miners, width = 2, dash = "dash" },
        });
        return figure.AddAnnotation(new
        {
            text = realLabel, xref = "x", yref = "paper", x = real, y = 1.0,
            xanchor = real > (lo + hi) / 2 ? "right" : "left", yanchor = "bottom", showarrow = false,
            font = new { size = 11, color = ChartStyle.Colors.Miners },
        });
    }
}
