using Microsoft.DotNet.Interactive.Documents;

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
/// <param name="Overridden">Names of the parameters that <c>-p</c> overrode.</param>
public sealed record NotebookRun(
    string SourcePath,
    InteractiveDocument Document,
    IReadOnlyList<CellResult> Cells,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlySet<string> Overridden)
{
    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => Cells.All(c => c.Status != CellStatus.Failed);

    /// <summary>The first failed cell, or null.</summary>
    public CellResult? FirstFailure => Cells.FirstOrDefault(c => c.Status == CellStatus.Failed);
}
