using Workbook.Execution;
using Workbook.Execution.Editing;

namespace Workbook.Jupyter;

/// <summary>
/// What runs a kernel's cells: one notebook state that cells, completions and symbol help share. The kernel
/// process speaks the protocol; an engine may run the code in the same process or elsewhere.
/// </summary>
public interface IKernelEngine : IAsyncDisposable
{
    /// <summary>
    /// Runs a cell. Cancelling <paramref name="interrupt"/> stops it; when it could be stopped only by discarding
    /// the notebook state, <see cref="KernelRestartedException"/> says so.
    /// </summary>
    Task<CellStatus> ExecuteAsync(string code, int cellNumber, ICellListener listener, CancellationToken interrupt);

    /// <summary>Completions at <paramref name="cursor"/>, an offset in <paramref name="code"/>.</summary>
    Task<CodeCompletions> CompleteAsync(string code, int cursor, CancellationToken cancellationToken);

    /// <summary>Help on the symbol at <paramref name="cursor"/>, or null.</summary>
    Task<SymbolHelp?> InspectAsync(string code, int cursor, bool detailed, CancellationToken cancellationToken);
}

/// <summary>An interrupted cell could not be stopped in place: the engine started over with a fresh notebook state.</summary>
public sealed class KernelRestartedException(string message) : Exception(message);
