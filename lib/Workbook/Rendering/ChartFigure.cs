namespace Workbook.Rendering;

/// <summary>A numbered chart of a report and the Plotly figure it draws, from which its static image is made.</summary>
/// <param name="Id">The figure's id in the report (<c>fig-heat</c>, <c>fig-2</c>): the key of its static image.</param>
/// <param name="FigureJson">The Plotly figure (data, layout, config) as the run's output carries it.</param>
internal sealed record ChartFigure(string Id, string FigureJson);
