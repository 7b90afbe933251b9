namespace MinerCapex.Charts;

/// <summary>A correlation matrix as a heatmap on a fixed −1..+1 diverging scale.</summary>
public static class HeatmapChart
{
    /// <summary>
    /// Draws a square matrix with <paramref name="labels"/> on both axes and each value printed in its cell.
    /// The colour scale is pinned to [−1, 1] so two periods' heatmaps compare by eye.
    /// </summary>
    public static ChartFigure Correlation(IReadOnlyList<string> labels, double[,] matrix, string title, string? source = ChartStyle.DefaultSource)
    {
        var n = labels.Count;
        if (matrix.GetLength(0) != n || matrix.GetLength(1) != n)
            throw new ArgumentException($"Matrix is {matrix.GetLength(0)}×{matrix.GetLength(1)} for {n} labels.", nameof(matrix));

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
                text[i][j] = double.IsNaN(v) ? "" : v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var figure = new ChartFigure().AddTrace("heatmap", new Dictionary<string, object?>
        {
            ["z"] = z,
            ["x"] = labels.ToArray(),
            ["y"] = labels.ToArray(),
            ["zmin"] = -1.0,
            ["zmax"] = 1.0,
            ["colorscale"] = "RdBu",
            ["reversescale"] = true,
            ["text"] = text,
            ["texttemplate"] = "%{text}",
            ["textfont"] = new { size = 9 },
            ["hovertemplate"] = "%{y} vs %{x}: %{z:.3f}<extra></extra>",
            ["colorbar"] = new { title = new { text = "Pearson ρ" } },
        });
        figure.Frame(title, "", "", source, height: Math.Max(420, 28 * n + 180));
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true });
        // Labels on top keep the space under the plot for the source line.
        figure.Layout("xaxis", new { tickangle = -45, automargin = true, side = "top" });
        figure.Layout("hovermode", "closest");
        return figure;
    }
}
