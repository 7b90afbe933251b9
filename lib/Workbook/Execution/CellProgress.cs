namespace Workbook.Execution;

/// <summary>
/// Reported when a cell starts (<see cref="Status"/> null) and when it ends, so a front end can show
/// "notebook, cell n/N, elapsed".
/// </summary>
/// <param name="NotebookPath">Full path of the notebook.</param>
/// <param name="CellIndex">0-based index of the cell.</param>
/// <param name="CellCount">Number of cells in the run (an injected parameters cell included).</param>
/// <param name="Kernel">The cell's kernel.</param>
/// <param name="Status">Null when the cell starts; how it ended otherwise.</param>
/// <param name="Elapsed">Time since the notebook run started.</param>
public sealed record CellProgress(string NotebookPath, int CellIndex, int CellCount, string Kernel, CellStatus? Status, TimeSpan Elapsed);
