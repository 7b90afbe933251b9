namespace Workbook.Rendering;

/// <summary>
/// Static renderings of a report's charts: each chart exported by plotly.js itself as SVG from the live figure, in
/// the light theme, at the width of an A4 page's text block. The report shows them in print, in a PDF and wherever
/// no script runs (an e-mail preview), and keeps the interactive chart on screen.
/// </summary>
internal static class StaticCharts
{
    /// <summary>Pixels: 180 mm at 96 px per inch, the text width of an A4 page with 15 mm margins.</summary>
    public const int Width = 680;

    private const string Export = """
        async (width) => {
          const images = {};
          for (const figure of document.querySelectorAll('figure.figure-chart')) {
            const chart = figure.querySelector('.js-plotly-plot');
            if (!chart || !window.Plotly) continue;
            const height = chart.layout.height || (chart._fullLayout && chart._fullLayout.height) || 450;
            images[figure.id] = await window.Plotly.toImage(chart, { format: 'svg', width: width, height: height });
          }
          return images;
        }
        """;

    /// <summary>The static image (an SVG data URI) of each chart in the written report, by figure id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CaptureAsync(ReportPrinter printer, string reportPath)
    {
        var (context, page) = await printer.OpenAsync(reportPath);
        try
        {
            return await page.EvaluateAsync<Dictionary<string, string>>(Export, Width) ?? [];
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
