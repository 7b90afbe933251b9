using Workbook.Execution.Parameters;
using Workbook.Provenance;

namespace Workbook.Execution;

/// <summary>
/// What a run's outputs came from, captured once before its first cell: the execution cache's key and the report's
/// header read this record, so the data folder is hashed and the repository read once per run, never again at render
/// time.
/// </summary>
/// <param name="StartedAt">When the run started (for outputs served from the cache: when the run that computed them started).</param>
/// <param name="Parameters">Parameter values used: the defaults from the <c>// parameters</c> cell, overridden by <c>-p</c>. Values are C# source text.</param>
/// <param name="DataDirectory">The data folder the notebook was given (<see cref="DataFolder"/>); null when the rule found none.</param>
/// <param name="Data">The fingerprint of <paramref name="DataDirectory"/>; null when there is none or it does not exist.</param>
/// <param name="Git">The commit checked out where the notebook lives; null outside a repository.</param>
/// <param name="Engine">The engine and runtime that ran the cells.</param>
public sealed record RunProvenance(
    DateTimeOffset StartedAt,
    ParameterValues Parameters,
    string? DataDirectory,
    DataFingerprint? Data,
    GitRevision? Git,
    EngineBuild Engine)
{
    /// <summary>
    /// Captures the provenance of running the notebook at <paramref name="notebookPath"/> now, on the data in
    /// <paramref name="dataDirectory"/>, fingerprinted through <paramref name="fingerprints"/> (a fresh set when null).
    /// </summary>
    public static RunProvenance Capture(string notebookPath, string? dataDirectory, ParameterValues parameters, DataFingerprints? fingerprints = null) =>
        new(DateTimeOffset.Now, parameters, dataDirectory, (fingerprints ?? new DataFingerprints()).Of(dataDirectory), GitRevision.Find(notebookPath), EngineBuild.Current);
}
