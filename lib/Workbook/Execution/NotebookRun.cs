using Microsoft.DotNet.Interactive.Documents;
using Workbook.Execution.Parameters;

namespace Workbook.Execution;

/// <summary>
/// Document in, document out: a notebook with every cell's result, plus what the report header needs.
/// </summary>
/// <param name="SourcePath">Full path of the notebook file.</param>
/// <param name="Document">The document that ran (with any injected parameters cell), without outputs: see <see cref="ExecutedDocument"/>.</param>
/// <param name="Cells">One result per cell, in order.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Duration">Wall time of the whole run.</param>
/// <param name="Parameters">Parameter values used: the defaults from the <c>// parameters</c> cell, overridden by <c>-p</c>. Values are C# source text.</param>
public sealed record NotebookRun(
    string SourcePath,
    InteractiveDocument Document,
    IReadOnlyList<CellResult> Cells,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    ParameterValues Parameters)
{
    /// <summary>
    /// True when the outputs were reused from the execution cache (<see cref="Caching.ExecutionCache"/>) instead of
    /// computed now; <see cref="StartedAt"/> and <see cref="Duration"/> are then those of the run that computed them.
    /// </summary>
    public bool FromCache { get; init; }

    /// <summary>
    /// The data folder the notebook was given (<see cref="DataFolder"/>), which the report's header fingerprints; null
    /// when the rule found none.
    /// </summary>
    public string? DataDirectory { get; init; }

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
