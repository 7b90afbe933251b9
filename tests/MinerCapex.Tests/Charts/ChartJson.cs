using System.Text.Json;
using MinerCapex.Charts;
using Plotly.NET;

namespace MinerCapex.Tests.Charts;

/// <summary>A figure as the JSON plotly.js receives, so tests assert on attribute names and values.</summary>
internal static class ChartJson
{
    public static JsonElement Of(ChartFigure figure) =>
        JsonDocument.Parse(GenericChart.toFigureJson(figure.ToChart())).RootElement;
}
