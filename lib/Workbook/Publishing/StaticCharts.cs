using Workbook.Rendering;

namespace Workbook.Publishing;

/// <summary>
/// Static renderings of a report's charts: each chart exported by plotly.js itself as SVG from its figure JSON, in
/// the light theme, at the width of an A4 page's text block. The report shows them in print, in a PDF and wherever
/// no script runs (an e-mail preview), and keeps the interactive chart on screen. They are drawn from the run's
/// outputs before the report exists, so the report is built and written once, with them.
/// </summary>
internal static class StaticCharts
{
    /// <summary>Pixels: 180 mm at 96 px per inch, the text width of an A4 page with 15 mm margins.</summary>
    public const int Width = 680;

    // One page, plotly.js loaded once, each figure drawn off-screen by Plotly.toImage as the report's own chart would
    // be (same data, layout and config; the height the figure asks for, else plotly's default). A figure plotly.js
    // cannot draw gets no image: the report still shows its interactive chart, and prints without the picture.
    private const string Draw = """
        async ({ figures, width }) => {
          const images = {};
          for (const [id, json] of figures) {
            try {
              const figure = JSON.parse(json);
              const layout = figure.layout || {};
              images[id] = await window.Plotly.toImage(
                { data: figure.data || [], layout: layout, config: figure.config || {} },
                { format: 'svg', width: width, height: layout.height || 450 });
            } catch (problem) {
              console.error('no static image for ' + id + ': ' + problem);
            }
          }
          return images;
        }
        """;

    /// <summary>The static image (an SVG data URI) of each of <paramref name="charts"/>, by figure id; nothing is read from or written to disk.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DrawAsync(ReportPrinter printer, IReadOnlyList<ChartFigure> charts)
    {
        if (charts.Count == 0)
            return new Dictionary<string, string>();
        var (context, page) = await printer.OpenBlankAsync();
        try
        {
            await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
            await page.AddScriptTagAsync(new Microsoft.Playwright.PageAddScriptTagOptions { Content = PlotlyScript.Source });
            var figures = charts.Select(c => new[] { c.Id, c.FigureJson }).ToArray();
            return await page.EvaluateAsync<Dictionary<string, string>>(Draw, new { figures, width = Width }) ?? [];
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
