using Workbook.Outputs;

namespace Workbook.Execution;

/// <summary>
/// Reported when a cell starts (<see cref="Status"/> null) and when it ends, so a front end can show
/// "notebook, cell n/N, how long it took".
/// </summary>
/// <param name="NotebookPath">Full path of the notebook.</param>
/// <param name="CellIndex">0-based index of the cell in the run (an injected parameters cell counts).</param>
/// <param name="CellCount">Number of cells in the file.</param>
/// <param name="Kernel">The cell's kernel.</param>
/// <param name="Status">Null when the cell starts; how it ended otherwise.</param>
/// <param name="Elapsed">Time since the notebook run started.</param>
/// <param name="CellNumber">The cell's number in the file (for an injected parameters cell, that of the parameters cell).</param>
/// <param name="Injected">True for the cell generated from <c>-p</c> overrides.</param>
/// <param name="Duration">The cell's own time once it ended; zero when it starts or was not run.</param>
public sealed record CellProgress(
    string NotebookPath,
    int CellIndex,
    int CellCount,
    string Kernel,
    CellStatus? Status,
    TimeSpan Elapsed,
    int CellNumber,
    bool Injected,
    TimeSpan Duration);
