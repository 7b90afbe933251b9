using Workbook.Outputs;

namespace Workbook.Execution.Caching;

/// <summary>
/// One cached run, as stored in <c>.workbook/cache</c>: its key and, per cell, what the run produced. The cells
/// themselves are not stored: an entry is only used when the notebook's bytes and parameters are those of its key,
/// so the document read now is the document that ran.
/// </summary>
/// <param name="Format">The entry layout's version (<see cref="CurrentFormat"/>); an entry of another layout is not read.</param>
/// <param name="Key">The key the run had.</param>
/// <param name="StartedAt">When the run that computed the outputs started.</param>
/// <param name="Duration">Its wall time.</param>
/// <param name="Cells">One record per cell of the document that ran, in order.</param>
internal sealed record CacheEntry(int Format, ExecutionKey Key, DateTimeOffset StartedAt, TimeSpan Duration, IReadOnlyList<CachedCell> Cells)
{
    /// <summary>The layout written now.</summary>
    public const int CurrentFormat = 1;
}

/// <summary>What one cell's run produced (<see cref="CellResult"/> without the cell).</summary>
internal sealed record CachedCell(CellStatus Status, TimeSpan Duration, int Number, bool Injected, IReadOnlyList<CellOutput> Outputs);
