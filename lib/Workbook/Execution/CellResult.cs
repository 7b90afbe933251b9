using Microsoft.DotNet.Interactive.Documents;
using Workbook.Outputs;

namespace Workbook.Execution;

/// <summary>A cell together with what running it produced.</summary>
/// <param name="Index">0-based position in the notebook.</param>
/// <param name="Cell">The cell as parsed.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Outputs">Outputs in production order.</param>
/// <param name="Duration">Wall time spent in the cell (zero when not run).</param>
public sealed record CellResult(int Index, InteractiveDocumentElement Cell, CellStatus Status, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration)
{
    /// <summary>
    /// The cell's number in its file (1-based), which messages and reports show: the position in the run shifted
    /// back past an injected parameters cell, which itself carries the number of the parameters cell it follows.
    /// </summary>
    public int Number { get; init; } = Index + 1;

    /// <summary>True for the cell generated from <c>-p</c> overrides, which is not in the file.</summary>
    public bool Injected { get; init; }
}
