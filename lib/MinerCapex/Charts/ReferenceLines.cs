namespace MinerCapex.Charts;

/// <summary>Reference lines drawn across a chart: a critical value, a zero line, a threshold.</summary>
public static class ReferenceLines
{
    /// <summary>
    /// Adds a dashed horizontal line at <paramref name="y"/> across the whole plot, labelled at its right end.
    /// </summary>
    /// <param name="figure">The chart.</param>
    /// <param name="y">Height of the line, in the y axis' units.</param>
    /// <param name="label">Text printed above the line's right end, e.g. "5% critical value".</param>
    /// <param name="color">CSS colour.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is not a finite number.</exception>
    public static ChartFigure WithHorizontalLine(this ChartFigure figure, double y, string label, string color = "#868e96")
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!double.IsFinite(y)) throw new ArgumentException($"A reference line needs a finite height; got {y}.", nameof(y));
        figure.AddShape(new
        {
            type = "line", xref = "paper", yref = "y", x0 = 0.0, x1 = 1.0, y0 = y, y1 = y,
            line = new { color, width = 1.2, dash = "dash" },
        });
        return figure.AddAnnotation(new
        {
            text = label, xref = "paper", yref = "y", x = 1.0, y,
            xanchor = "right", yanchor = "bottom", showarrow = false,
            font = new { size = 10, color },
        });
    }
}
