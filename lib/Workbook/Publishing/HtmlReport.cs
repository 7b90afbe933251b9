using Workbook.Execution;
using Workbook.IO;
using Workbook.Rendering;

namespace Workbook.Publishing;

/// <summary>
/// HTML reports of notebook runs written to a folder: one self-contained file per notebook (no request of any kind
/// when opened: styles, script, plotly.js and images are inline; with <see cref="PlotlyMode.Shared"/> plotly.js is one
/// file beside them), plus an <c>index.html</c> listing every report in the folder. With a <see cref="ReportPrinter"/>,
/// charts also get static images and reports can be printed to PDF. What a report shows is rendered by
/// <see cref="ReportRenderer"/> from the run and what is read here beforehand (images beside the notebook, static
/// chart images); each file is then written once, atomically: an interrupted or failed write leaves the previous
/// file as it was.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders <paramref name="run"/> to <c>&lt;directory&gt;/&lt;notebook name&gt;.html</c>; returns the path.</summary>
    public static Task<string> WriteAsync(NotebookRun run, string directory, ReportOptions options, CancellationToken cancellationToken = default) =>
        WriteAsync(run, directory, options, printer: null, cancellationToken);

    /// <summary>
    /// Renders <paramref name="run"/> as <see cref="WriteAsync(NotebookRun, string, ReportOptions, CancellationToken)"/>
    /// does; with a <paramref name="printer"/>, the report's charts also get static images, drawn from the run's
    /// figures before the report is written (once).
    /// </summary>
    public static async Task<string> WriteAsync(NotebookRun run, string directory, ReportOptions options, ReportPrinter? printer, CancellationToken cancellationToken = default) =>
        (await WriteReportAsync(run, directory, options, printer, cancellationToken)).Path;

    /// <summary>
    /// Renders <paramref name="run"/> as <see cref="WriteAsync(NotebookRun, string, ReportOptions, ReportPrinter?, CancellationToken)"/>
    /// does, and returns the run as the report shows it: a cell whose section could not be rendered is shown as text
    /// and marked failed (<see cref="WrittenReport.Run"/>), so the caller reports it and lists it as failed.
    /// </summary>
    public static async Task<WrittenReport> WriteReportAsync(NotebookRun run, string directory, ReportOptions options, ReportPrinter? printer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var phase = Diagnostics.PhaseProfile.Begin("report", Path.GetDirectoryName(run.SourcePath));
        var fileName = ReportRenderer.FileNameFor(run);
        // The charts' static images come from the run's figures, so the report is built once and written once.
        var images = printer is null ? null : await StaticCharts.DrawAsync(printer, ReportBuilder.Charts(run));
        var document = ReportBuilder.Build(run, options, new ReportInputs(images, NotebookFiles.Beside(run.SourcePath)));
        var path = Path.Combine(directory, fileName);
        if (document.HasChart && options.Plotly == PlotlyMode.Shared)
            await WriteSharedPlotlyAsync(directory, cancellationToken);
        await AtomicFile.WriteAsync(path, (writer, _) =>
        {
            ReportWriter.Write(writer, document, fileName);
            return Task.CompletedTask;
        }, cancellationToken);
        await SummaryRecord.WriteAsync(document.Summary(fileName), path, cancellationToken);
        return new WrittenReport(path, document.Run);
    }

    /// <summary>Prints the written report at <paramref name="reportPath"/> to a PDF beside it; returns the PDF's path.</summary>
    public static async Task<string> WritePdfAsync(ReportPrinter printer, string reportPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(printer);
        var pdf = Path.ChangeExtension(reportPath, ".pdf");
        await ReportPdf.WriteAsync(printer, reportPath, pdf, cancellationToken);
        return pdf;
    }

    // Rewritten only when it differs, so a folder of reports keeps one copy of the version its reports were made with.
    private static async Task WriteSharedPlotlyAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, PlotlyScript.SharedFileName);
        if (File.Exists(path) && new FileInfo(path).Length == System.Text.Encoding.UTF8.GetByteCount(PlotlyScript.Source)
            && await File.ReadAllTextAsync(path, cancellationToken) == PlotlyScript.Source)
            return;
        await AtomicFile.WriteTextAsync(path, PlotlyScript.Source, cancellationToken);
    }

    /// <summary>
    /// Writes <c>&lt;directory&gt;/index.html</c> listing <paramref name="runs"/> and every other report already in
    /// <paramref name="directory"/>; returns the path. Each fresh report's first chart is drawn as an SVG thumbnail
    /// (<see cref="ChartThumbnail"/>, no browser) and kept beside the report, so an index rebuilt by a later run of
    /// other notebooks shows it too; a fresh report without one has its earlier thumbnail removed, never shown stale.
    /// </summary>
    public static async Task<string> WriteIndexAsync(IReadOnlyList<NotebookRun> runs, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var fresh = runs.Select(run => ReportBuilder.Summarize(run, ReportRenderer.FileNameFor(run))).ToList();
        await WriteThumbnailsAsync(fresh, directory, cancellationToken);
        var reports = ReportFolder.Collect(fresh, directory);
        var thumbnails = ReportFolder.Thumbnails(reports, directory);
        var intro = IntroFor(runs);
        var path = Path.Combine(directory, IndexPage.FileName);
        await AtomicFile.WriteAsync(path, (writer, _) =>
        {
            IndexPage.Write(writer, reports, thumbnails, intro);
            return Task.CompletedTask;
        }, cancellationToken);
        return path;
    }

    private static async Task WriteThumbnailsAsync(IReadOnlyList<ReportSummary> fresh, string directory, CancellationToken cancellationToken)
    {
        foreach (var summary in fresh)
        {
            var image = Path.Combine(directory, ChartThumbnail.FileNameFor(summary.FileName));
            // The WebP thumbnails earlier versions drew in Chromium, with their stamps, go too: the SVG replaces them.
            var legacy = Path.Combine(directory, Path.GetFileNameWithoutExtension(summary.FileName) + ".thumbnail.webp");
            foreach (var stale in new[] { legacy, legacy + ".sha256" })
            {
                if (File.Exists(stale)) File.Delete(stale);
            }
            if (summary.FigureJson is { } figure && ChartThumbnail.Draw(figure) is { } svg)
                await AtomicFile.WriteTextAsync(image, svg, cancellationToken);
            else if (File.Exists(image))
                File.Delete(image);
        }
    }

    /// <summary>The index page's file name in a reports folder.</summary>
    public const string IndexFileName = IndexPage.FileName;

    /// <summary>The name of the markdown file beside the notebooks whose content opens the index page.</summary>
    public const string IndexIntroFileName = "index.md";

    // The workbook's introduction: index.md in the folder of the first notebook that has one beside it.
    private static string? IntroFor(IReadOnlyList<NotebookRun> runs)
    {
        foreach (var folder in runs.Select(r => Path.GetDirectoryName(Path.GetFullPath(r.SourcePath))!).Distinct())
        {
            var file = Path.Combine(folder, IndexIntroFileName);
            if (File.Exists(file))
                return new MarkdownRenderer(NotebookFiles.InFolder(folder), new Slugger(), ScriptPolicy.Create()).Render(File.ReadAllText(file)).Html;
        }
        return null;
    }
}
