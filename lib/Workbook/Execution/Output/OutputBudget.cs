namespace Workbook.Execution.Output;

/// <summary>
/// The output one notebook may still keep, shared by its cells' sinks (which may be written from several threads:
/// a cell's background task can still print while the next cell runs).
/// </summary>
internal sealed class OutputBudget(OutputLimits limits)
{
    private readonly Lock gate = new();
    private long notebookUsed;

    public OutputLimits Limits { get; } = limits;

    /// <summary>
    /// How many of <paramref name="wanted"/> characters a cell that has kept <paramref name="cellUsed"/> may add;
    /// <paramref name="limit"/> names the limit that cut it short.
    /// </summary>
    public long Grant(ref long cellUsed, long wanted, out string? limit)
    {
        lock (gate)
        {
            var cellLeft = Math.Max(0, Limits.PerCell - cellUsed);
            var notebookLeft = Math.Max(0, Limits.PerNotebook - notebookUsed);
            var granted = Math.Min(wanted, Math.Min(cellLeft, notebookLeft));
            limit = granted >= wanted ? null
                : cellLeft <= notebookLeft ? $"per-cell limit of {OutputLimits.Describe(Limits.PerCell)}"
                : $"per-notebook limit of {OutputLimits.Describe(Limits.PerNotebook)}";
            cellUsed += granted;
            notebookUsed += granted;
            return granted;
        }
    }
}
