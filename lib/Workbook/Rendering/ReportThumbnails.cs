using Microsoft.Playwright;
using Workbook.IO;

namespace Workbook.Rendering;

/// <summary>
/// The index's thumbnails: each report's first chart drawn by plotly.js as a small WebP image, written beside the
/// report as <c>&lt;report&gt;.thumbnail.webp</c> (so an index rebuilt by a later run of other notebooks keeps it)
/// and inlined in the index as a data URI (so the index needs no file but itself and passes its own
/// Content-Security-Policy). All of a run's thumbnails are drawn in one headless-Chromium page that
/// loads plotly.js once, straight from the figures' JSON, so the cost is one browser start and one parse of
/// plotly.js per run, not a load of every report.
/// </summary>
internal static class ReportThumbnails
{
    /// <summary>The layout size the chart is drawn at (CSS pixels), a desktop chart's proportions.</summary>
    public const int LayoutWidth = 720, LayoutHeight = 405;

    /// <summary>The MIME type of the thumbnails: WebP, a tenth of a PNG's size for a chart with text.</summary>
    public const string MimeType = "image/webp";

    /// <summary>The image is <see cref="LayoutWidth"/> × <see cref="LayoutHeight"/> scaled by this: 432 × 243 pixels.</summary>
    public const double Scale = 0.6;

    /// <summary>The sidecar file of a report: <c>02-correlation.html</c> → <c>02-correlation.thumbnail.webp</c>.</summary>
    public static string FileNameFor(string reportFileName) => Path.GetFileNameWithoutExtension(reportFileName) + ".thumbnail.webp";

    /// <summary>
    /// True when <paramref name="imagePath"/> exists and was drawn from <paramref name="figureJson"/>: its stamp file
    /// (<c>&lt;image&gt;.sha256</c>, the SHA-256 of the figure's JSON) says so.
    /// </summary>
    public static bool IsDrawnFrom(string imagePath, string figureJson)
    {
        var stamp = StampFor(imagePath);
        return File.Exists(imagePath) && File.Exists(stamp) && File.ReadAllText(stamp).Trim() == Sha256.OfText(figureJson);
    }

    /// <summary>Removes a thumbnail and its stamp, when there are any.</summary>
    public static void Delete(string imagePath)
    {
        foreach (var file in new[] { imagePath, StampFor(imagePath) })
        {
            if (File.Exists(file))
                File.Delete(file);
        }
    }

    private static string StampFor(string imagePath) => imagePath + ".sha256";

    private const string Draw = """
        async ([json, width, height, scale]) => {
          const figure = JSON.parse(json);
          const layout = Object.assign({}, figure.layout || {}, { width: width, height: height, autosize: false });
          return await window.Plotly.toImage({ data: figure.data || [], layout: layout, config: { staticPlot: true } },
            { format: 'webp', width: width, height: height, scale: scale });
        }
        """;

    /// <summary>
    /// Draws each figure (Plotly figure JSON, by the path of the image to write) and writes the images atomically;
    /// returns the paths written. A figure plotly.js cannot draw is skipped.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(ReportPrinter printer, IReadOnlyList<(string ImagePath, string FigureJson)> figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(printer);
        var written = new List<string>();
        if (figures.Count == 0)
            return written;
        var (context, page) = await printer.OpenBlankAsync();
        try
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = PlotlyScript.Source });
            foreach (var (file, json) in figures)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string dataUri;
                try
                {
                    dataUri = await page.EvaluateAsync<string>(Draw, new object[] { json, LayoutWidth, LayoutHeight, Scale });
                }
                catch (PlaywrightException)
                {
                    continue;
                }
                const string prefix = "data:" + MimeType + ";base64,";
                if (!dataUri.StartsWith(prefix, StringComparison.Ordinal))
                    continue;
                var bytes = Convert.FromBase64String(dataUri[prefix.Length..]);
                await AtomicFile.WriteBytesAsync(file, bytes, cancellationToken);
                // The stamp follows the image, so a crash between the two leaves an image without a stamp: redrawn next time.
                await AtomicFile.WriteAsync(StampFor(file), (writer, _) => { writer.Write(Sha256.OfText(json)); return Task.CompletedTask; }, cancellationToken);
                written.Add(file);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
        return written;
    }
}
