namespace Workbook.Execution.Output;

/// <summary>
/// The cell whose code is running on this async flow. An <see cref="AsyncLocal{T}"/>, so a task or thread-pool
/// work item started by a cell still writes into that cell after the engine has moved on.
/// </summary>
internal static class CellContext
{
    private static readonly AsyncLocal<CellOutputSink?> current = new();

    public static CellOutputSink? Current
    {
        get => current.Value;
        set => current.Value = value;
    }
}
