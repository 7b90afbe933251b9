using Workbook.Document;

namespace Workbook.Execution;

/// <summary>How a cell ended.</summary>
public enum CellStatus
{
    /// <summary>Ran (or, for markdown, was rendered) without error.</summary>
    Succeeded,
    /// <summary>Failed to compile, threw, timed out or was rejected by the engine.</summary>
    Failed,
    /// <summary>Not run: an earlier cell failed and the run stopped, or its kernel is unsupported and skipped.</summary>
    Skipped,
}

/// <summary>A cell together with what running it produced.</summary>
/// <param name="Index">0-based position in the notebook.</param>
/// <param name="Cell">The cell as parsed.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Outputs">Outputs in production order.</param>
/// <param name="Duration">Wall time spent in the cell (zero when not run).</param>
public sealed record CellResult(int Index, Cell Cell, CellStatus Status, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration)
{
    /// <summary>
    /// The cell's number in its file (1-based), which messages and reports show: the position in the run shifted
    /// back past an injected parameters cell, which itself carries the number of the parameters cell it follows.
    /// </summary>
    public int Number { get; init; } = Index + 1;

    /// <summary>True for the cell generated from <c>-p</c> overrides, which is not in the file.</summary>
    public bool Injected { get; init; }
}
