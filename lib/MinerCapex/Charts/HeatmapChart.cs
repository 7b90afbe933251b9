namespace MinerCapex.Charts;

/// <summary>A correlation matrix as a heatmap on a fixed −1..+1 diverging scale.</summary>
public static class HeatmapChart
{
    /// <summary>
    /// Draws a square matrix with <paramref name="labels"/> on both axes and each value printed in its cell.
    /// The colour scale is pinned to [−1, 1] so two periods' heatmaps compare by eye.
    /// </summary>
    public static ChartFigure Correlation(IReadOnlyList<string> labels, double[,] matrix, string title, string? source = ChartStyle.PriceSource)
    {
        CheckShape(labels, matrix, nameof(matrix));
        return Draw(labels, matrix, title, "Pearson ρ", "%{y} vs %{x}: %{z:.3f}", source, 1.0);
    }

    /// <summary>
    /// Draws the change <paramref name="after"/> − <paramref name="before"/> of two correlation matrices over the same
    /// <paramref name="labels"/>: red where the correlation rose, blue where it fell, on a symmetric scale fitted to
    /// the largest change (rounded up to a tenth), so changes of ±0.3 are not washed out on a ±1 scale.
    /// A cell missing in either matrix is left blank.
    /// </summary>
    /// <exception cref="ArgumentException">A matrix does not match the labels.</exception>
    public static ChartFigure Difference(
        IReadOnlyList<string> labels, double[,] before, double[,] after, string title, string? source = ChartStyle.PriceSource)
    {
        var change = Change(labels, before, after); // NaN on either side stays NaN: a blank cell
        return Draw(labels, change, title, "change in ρ", "%{y} vs %{x}: %{z:+.3f}", source, ChangeBound(change.Cast<double>()));
    }

    /// <summary>
    /// Stacks one correlation heatmap per panel (e.g. per period) in one figure, top to bottom, on the same pinned
    /// [−1, 1] scale, each titled; so a notebook shows every period with one call whatever the number of periods.
    /// </summary>
    /// <exception cref="ArgumentException">No panels, or a matrix does not match the labels.</exception>
    public static ChartFigure CorrelationPanels(IReadOnlyList<string> labels, IReadOnlyList<(string Title, double[,] Matrix)> panels, string title, string? source = ChartStyle.PriceSource) =>
        Panels(labels, panels, title, "Pearson ρ", "%{y} vs %{x}: %{z:.3f}", source, 1.0);

    /// <summary>
    /// Stacks the changes <c>after − before</c> of several pairs of correlation matrices, one panel per pair, each on the
    /// symmetric scale <see cref="Difference"/> uses, fitted to the largest change over all panels.
    /// </summary>
    /// <exception cref="ArgumentException">No panels, or a matrix does not match the labels.</exception>
    public static ChartFigure DifferencePanels(IReadOnlyList<string> labels, IReadOnlyList<(string Title, double[,] Before, double[,] After)> panels, string title, string? source = ChartStyle.PriceSource)
    {
        var changes = panels.Select(p => (p.Title, Change(labels, p.Before, p.After))).ToList();
        return Panels(labels, changes, title, "change in ρ", "%{y} vs %{x}: %{z:+.3f}", source, ChangeBound(changes.SelectMany(c => c.Item2.Cast<double>())));
    }

    // The symmetric scale of a change: the largest absolute change rounded up to a tenth, at least ±0.1.
    private static double ChangeBound(IEnumerable<double> changes)
    {
        var largest = changes.Where(v => !double.IsNaN(v)).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return Math.Max(0.1, Math.Ceiling(Math.Round(largest * 10, 9)) / 10);
    }

    private static double[,] Change(IReadOnlyList<string> labels, double[,] before, double[,] after)
    {
        CheckShape(labels, before, nameof(before));
        CheckShape(labels, after, nameof(after));
        var n = labels.Count;
        var change = new double[n, n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
            change[i, j] = after[i, j] - before[i, j];
        return change;
    }

    private static ChartFigure Panels(IReadOnlyList<string> labels, IReadOnlyList<(string Title, double[,] Matrix)> panels, string title,
        string scaleTitle, string hover, string? source, double bound)
    {
        if (panels.Count == 0) throw new ArgumentException("At least one panel is needed.", nameof(panels));
        foreach (var p in panels) CheckShape(labels, p.Matrix, nameof(panels));
        var n = labels.Count;
        var panelHeight = Math.Max(420, 28 * n + 120);
        // Each panel takes an equal slice of the height with a gap for the next panel's title.
        const double gap = 0.06;
        var slice = (1.0 - gap * (panels.Count - 1)) / panels.Count;
        var figure = new ChartFigure();
        for (var k = 0; k < panels.Count; k++)
        {
            var suffix = k == 0 ? "" : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var trace = Trace(labels, panels[k].Matrix, scaleTitle, hover, bound);
            trace["xaxis"] = "x" + suffix;
            trace["yaxis"] = "y" + suffix;
            trace["showscale"] = k == 0;
            figure.AddTrace("heatmap", trace);
            var top = 1.0 - k * (slice + gap);
            figure.Layout("yaxis" + suffix, new { domain = new[] { Math.Max(0, top - slice), top }, autorange = "reversed", automargin = true, anchor = "x" + suffix });
            figure.Layout("xaxis" + suffix, new { tickangle = -45, automargin = true, side = "top", anchor = "y" + suffix, showticklabels = k == 0 });
            figure.AddAnnotation(new { text = "<b>" + System.Net.WebUtility.HtmlEncode(panels[k].Title) + "</b>", xref = "paper", yref = "paper", x = 1.0, y = top, xanchor = "right", yanchor = "bottom", showarrow = false });
        }
        figure.Frame(title, "", "", source, height: panelHeight * panels.Count + 120);
        figure.Layout("hovermode", "closest");
        return figure;
    }

    private static void CheckShape(IReadOnlyList<string> labels, double[,] matrix, string parameter)
    {
        var n = labels.Count;
        if (matrix.GetLength(0) != n || matrix.GetLength(1) != n)
            throw new ArgumentException($"Matrix is {matrix.GetLength(0)}×{matrix.GetLength(1)} for {n} labels.", parameter);
    }

    private static ChartFigure Draw(IReadOnlyList<string> labels, double[,] matrix, string title, string scaleTitle, string hover, string? source, double bound)
    {
        var n = labels.Count;
        var figure = new ChartFigure().AddTrace("heatmap", Trace(labels, matrix, scaleTitle, hover, bound));
        figure.Frame(title, "", "", source, height: Math.Max(420, 28 * n + 180));
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true });
        // Labels on top keep the space under the plot for the source line.
        figure.Layout("xaxis", new { tickangle = -45, automargin = true, side = "top" });
        figure.Layout("hovermode", "closest");
        return figure;
    }

    private static Dictionary<string, object?> Trace(IReadOnlyList<string> labels, double[,] matrix, string scaleTitle, string hover, double bound)
    {
        var n = labels.Count;
        var z = new double?[n][];
        var text = new string[n][];
        for (var i = 0; i < n; i++)
        {
            z[i] = new double?[n];
            text[i] = new string[n];
            for (var j = 0; j < n; j++)
            {
                var v = matrix[i, j];
                z[i][j] = double.IsNaN(v) ? null : v;
                // Rounded first, so a value such as -0.001 prints as 0.00, never -0.00.
                text[i][j] = double.IsNaN(v) ? "" : (Math.Round(v, 2) + 0.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return new Dictionary<string, object?>
        {
            ["z"] = z,
            ["x"] = labels.ToArray(),
            ["y"] = labels.ToArray(),
            ["zmin"] = -bound,
            ["zmax"] = bound,
            ["colorscale"] = "RdBu",
            ["reversescale"] = true,
            ["text"] = text,
            ["texttemplate"] = "%{text}",
            ["textfont"] = new { size = 9 },
            ["hovertemplate"] = hover + "<extra></extra>",
            ["colorbar"] = new { title = new { text = scaleTitle } },
        };
    }
}
