namespace Workbook.Rendering;

/// <summary>A report's first chart, as the index shows it: its alt text and the Plotly figure its thumbnail is drawn from.</summary>
/// <param name="Alt">"Figure 1: " and the chart's alt text (its title and caption).</param>
/// <param name="FigureJson">The figure (data, layout, config) as the cell displayed it.</param>
internal sealed record FirstChart(string Alt, string FigureJson);
