using Workbook.IO;
using Workbook.Rendering;

namespace Workbook.Publishing;

/// <summary>
/// The engine's record of a report: its <see cref="ReportSummary"/> as JSON beside it (<c>02-returns.summary.json</c>
/// beside <c>02-returns.html</c>), written with it, and the only thing the index reads of a report written earlier.
/// </summary>
internal static class SummaryRecord
{
    /// <summary>The record's extension.</summary>
    public const string Extension = ".summary.json";

    /// <summary>Where the record of the report at <paramref name="reportPath"/> is.</summary>
    public static string PathFor(string reportPath) => Path.ChangeExtension(reportPath, Extension);

    /// <summary>Writes <paramref name="summary"/> as the record of the report at <paramref name="reportPath"/>.</summary>
    public static Task WriteAsync(ReportSummary summary, string reportPath, CancellationToken cancellationToken) =>
        AtomicFile.WriteTextAsync(PathFor(reportPath), summary.ToJson(), cancellationToken);

    /// <summary>
    /// Reads the summary of the report at <paramref name="reportPath"/> from its record; null when there is no report
    /// there, no record, or an unreadable one. Nothing in the HTML file itself is read, so a foreign page dropped in
    /// the folder never reaches the index.
    /// </summary>
    public static ReportSummary? ReadFrom(string reportPath)
    {
        try
        {
            return File.Exists(reportPath) ? ReportSummary.FromJson(Path.GetFileName(reportPath), File.ReadAllText(PathFor(reportPath))) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
