using System.Globalization;
using Workbook.Execution.Parameters;

namespace Workbook.Rendering;

/// <summary>The header's status line: OK with the cell count, or Failed at a cell.</summary>
/// <param name="Failure">The first failed cell (link and summary), or null when the run succeeded.</param>
/// <param name="OkText">"all 6 cells ran without error" (shown when <paramref name="Failure"/> is null).</param>
internal sealed record HeaderStatus(FailureLink? Failure, string OkText);

/// <summary>The header's Data fact: the data folder's fingerprint, short and full, and its size.</summary>
/// <param name="Hash">The full SHA-256, for the tooltip.</param>
/// <param name="ShortHash">Its first 12 characters, shown.</param>
/// <param name="Size">"42 files, 3.1 MiB".</param>
internal sealed record HeaderData(string Hash, string ShortHash, string Size);

/// <summary>The header's folded parameters table.</summary>
/// <param name="Open">Unfolded: some value was overridden (all defaults fold to one line, so the first screen reaches the question).</param>
/// <param name="Summary">"3 parameters, all defaults" or "3 parameters, 1 overridden".</param>
/// <param name="Rows">The parameters in the notebook's order.</param>
internal sealed record HeaderParameters(bool Open, string Summary, IReadOnlyList<ParameterValue> Rows);

/// <summary>
/// The report header with every choice made: which status and badges, which facts, the words and numbers as shown.
/// <see cref="HeaderTemplate"/> only prints it; <see cref="Of"/> decides it from the run's <see cref="ReportHeader"/>.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="TitleId">The title heading's id.</param>
/// <param name="Status">OK or Failed.</param>
/// <param name="CacheNote">The Cached line's words, or null when the outputs were computed now.</param>
/// <param name="TrustedHtml">Whether the Trusted HTML line is shown.</param>
/// <param name="RunIso">When the run started, as the <c>time</c> element's <c>datetime</c>.</param>
/// <param name="RunShown">When the run started, as shown.</param>
/// <param name="Duration">How long it took, as shown.</param>
/// <param name="NotebookPath">The notebook, relative to the repository root.</param>
/// <param name="AsOf">The As of fact, or null when no output declares a date.</param>
/// <param name="Data">The Data fact, or null when there was no data folder.</param>
/// <param name="EngineVersion">The engine's version.</param>
/// <param name="RuntimeVersion">The .NET runtime's.</param>
/// <param name="PackagesSummary">"2 packages installed by the setup cell", or null when the Environment fact is not shown.</param>
/// <param name="Packages">The packages the Environment fact lists.</param>
/// <param name="Commit">The Commit fact, or null outside a repository.</param>
/// <param name="Parameters">The parameters table, or null when the run has none.</param>
/// <param name="StaleLineHtml">The staleness line under the abstract, or null when the data are recent enough (or undated).</param>
internal sealed record HeaderModel(
    string Title,
    string TitleId,
    HeaderStatus Status,
    string? CacheNote,
    bool TrustedHtml,
    string RunIso,
    string RunShown,
    string Duration,
    string NotebookPath,
    DataAsOf? AsOf,
    HeaderData? Data,
    string EngineVersion,
    string RuntimeVersion,
    string? PackagesSummary,
    IReadOnlyList<string> Packages,
    HeaderCommit? Commit,
    HeaderParameters? Parameters,
    string? StaleLineHtml)
{
    /// <summary>Decides what the header of a run with these facts shows.</summary>
    public static HeaderModel Of(ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var data = header.Data is { } fingerprint
            ? new HeaderData(fingerprint.Sha256, fingerprint.Sha256[..12], $"{Count(fingerprint.FileCount, "file")}, {FormatBytes(fingerprint.TotalBytes)}")
            : null;
        return new HeaderModel(
            header.Title,
            header.TitleId,
            new HeaderStatus(header.Failure, $"all {header.CellCount.ToString(CultureInfo.InvariantCulture)} cells ran without error"),
            header.CacheNote,
            header.TrustsAuthorHtml,
            Durations.IsoTimestamp(header.StartedAt),
            Durations.FormatTimestamp(header.StartedAt),
            Durations.Format(header.Duration),
            header.NotebookPath,
            header.AsOf,
            data,
            header.EngineVersion,
            header.RuntimeVersion,
            header.Packages.Count > 0 ? Count(header.Packages.Count, "package") + " installed by the setup cell" : null,
            header.Packages,
            header.Commit,
            ParametersOf(header.Parameters),
            header.AsOf?.StaleLineHtml(header.StartedAt));
    }

    private static HeaderParameters? ParametersOf(IReadOnlyList<ParameterValue> parameters)
    {
        if (parameters.Count == 0)
            return null;
        var overridden = parameters.Count(p => p.Overridden);
        var summary = Count(parameters.Count, "parameter") + ", "
            + (overridden == 0 ? "all defaults" : $"{overridden.ToString(CultureInfo.InvariantCulture)} overridden");
        return new HeaderParameters(overridden > 0, summary, parameters);
    }

    private static string Count(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    private static string FormatBytes(long bytes)
    {
        var c = CultureInfo.InvariantCulture;
        return bytes switch
        {
            < 1024 => $"{bytes.ToString(c)} B",
            < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", c)} KiB",
            _ => $"{(bytes / (1024.0 * 1024)).ToString("0.#", c)} MiB",
        };
    }
}
