namespace MinerCapex.Charts;

/// <summary>Marks on a date axis: a vertical line at a session and a shaded band over a span of sessions (a break date and its interval).</summary>
public static class DateMarks
{
    /// <summary>Adds a solid vertical line at <paramref name="date"/> across the plot, labelled at its top.</summary>
    /// <param name="figure">A chart whose x axis holds dates.</param>
    /// <param name="date">Where the line stands.</param>
    /// <param name="label">Text printed at the line's top.</param>
    /// <param name="color">CSS colour.</param>
    public static ChartFigure WithVerticalLine(this ChartFigure figure, DateOnly date, string label, string color = "#343a40")
    {
        ArgumentNullException.ThrowIfNull(figure);
        var x = Iso(date);
        figure.AddShape(new { type = "line", xref = "x", yref = "paper", x0 = x, x1 = x, y0 = 0.0, y1 = 1.0, line = new { color, width = 2 } });
        return figure.AddAnnotation(new
        {
            text = label, xref = "x", yref = "paper", x, y = 1.0,
            xanchor = "left", yanchor = "bottom", showarrow = false, font = new { size = 10, color },
        });
    }

    /// <summary>Adds a translucent band over the sessions <paramref name="from"/> to <paramref name="to"/>, behind the lines.</summary>
    /// <param name="figure">A chart whose x axis holds dates.</param>
    /// <param name="from">First session of the band.</param>
    /// <param name="to">Last session of the band.</param>
    /// <param name="color">CSS colour of the fill.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ChartFigure WithVerticalBand(this ChartFigure figure, DateOnly from, DateOnly to, string color = "#868e96")
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (to < from) throw new ArgumentException($"A band needs its end ({Iso(to)}) on or after its start ({Iso(from)}).", nameof(to));
        return figure.AddShape(new
        {
            type = "rect", xref = "x", yref = "paper", x0 = Iso(from), x1 = Iso(to), y0 = 0.0, y1 = 1.0,
            fillcolor = color, opacity = 0.18, line = new { width = 0 }, layer = "below",
        });
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
