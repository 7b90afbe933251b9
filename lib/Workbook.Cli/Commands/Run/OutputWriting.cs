using Workbook.Document;
using Workbook.Execution;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// Writes one run's outputs as the settings ask: its HTML report, then its PDF (<c>--pdf</c>), then its executed
/// .ipynb (<c>--ipynb</c>). Writing one notebook's outputs (a full disk, a printer that died) costs that notebook,
/// never the batch: the failure is returned, the others are written, and the summary names what was lost.
/// </summary>
/// <param name="settings">Where and how to write.</param>
/// <param name="printer">Headless Chromium for static charts and PDFs; null without <c>--static-charts</c>.</param>
internal sealed class OutputWriting(RunSettings settings, ReportPrinter? printer)
{
    /// <summary>
    /// Writes <paramref name="run"/>'s outputs; the outcome carries the run as the report shows it (once the report is
    /// written) and the first write that failed, after which nothing more is written for it.
    /// </summary>
    public async Task<NotebookOutcome> WriteAsync(NotebookRun run, CancellationToken cancellationToken)
    {
        try
        {
            var report = await HtmlReport.WriteReportAsync(run, settings.HtmlDirectory, settings.Report, printer, cancellationToken);
            run = report.Run;
            if (settings.Pdf && printer is not null)
                await HtmlReport.WritePdfAsync(printer, report.Path, cancellationToken);
            if (settings.IpynbDirectory is { } ipynb)
                NotebookFile.Save(ExecutedDocument.Create(run), Path.Combine(ipynb, Path.GetFileNameWithoutExtension(run.SourcePath) + ".ipynb"));
            return new NotebookOutcome(run, null);
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            return new NotebookOutcome(run, OutputFailure.Of(problem));
        }
    }
}
