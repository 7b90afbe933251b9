using Microsoft.DotNet.Interactive.Documents;
using Workbook.Execution.Parameters;
using Workbook.Outputs;

namespace Workbook.Execution;

/// <summary>
/// Document in, document out: a notebook with every cell's result, plus what the report header needs, captured once
/// when the run started (<see cref="RunProvenance"/>).
/// </summary>
/// <param name="SourcePath">Full path of the notebook file.</param>
/// <param name="Document">The document that ran (with any injected parameters cell), without outputs: see <see cref="ExecutedDocument"/>.</param>
/// <param name="Cells">One result per cell, in order.</param>
/// <param name="Provenance">What the outputs came from: start time, parameters, data, commit, engine.</param>
/// <param name="Duration">Wall time of the whole run.</param>
public sealed record NotebookRun(
    string SourcePath,
    InteractiveDocument Document,
    IReadOnlyList<CellResult> Cells,
    RunProvenance Provenance,
    TimeSpan Duration)
{
    /// <summary>
    /// True when the outputs were reused from the execution cache (<see cref="Caching.ExecutionCache"/>) instead of
    /// computed now; <see cref="StartedAt"/> and <see cref="Duration"/> are then those of the run that computed them.
    /// </summary>
    public bool FromCache { get; init; }

    /// <summary>When the run started (<see cref="RunProvenance.StartedAt"/>).</summary>
    public DateTimeOffset StartedAt => Provenance.StartedAt;

    /// <summary>Parameter values used (<see cref="RunProvenance.Parameters"/>).</summary>
    public ParameterValues Parameters => Provenance.Parameters;

    /// <summary>The data folder the notebook was given (<see cref="RunProvenance.DataDirectory"/>); null when the rule found none.</summary>
    public string? DataDirectory => Provenance.DataDirectory;

    /// <summary>Names of the parameters that <c>-p</c> overrode.</summary>
    public IReadOnlySet<string> Overridden => Parameters.Overridden;

    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => Cells.All(c => c.Status != CellStatus.Failed);

    /// <summary>
    /// This run with the cell at <paramref name="index"/> marked failed with <paramref name="error"/> added to its
    /// outputs: for what went wrong after the cell ran (its report section could not be rendered).
    /// </summary>
    public NotebookRun WithFailure(int index, ErrorOutput error) => this with
    {
        Cells = [.. Cells.Select(c => c.Index == index ? c with { Status = CellStatus.Failed, Outputs = [.. c.Outputs, error] } : c)],
    };

    /// <summary>The first failed cell, or null.</summary>
    public CellResult? FirstFailure => Cells.FirstOrDefault(c => c.Status == CellStatus.Failed);
}
