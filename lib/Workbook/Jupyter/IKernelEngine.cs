using Workbook.Execution;
using Workbook.Execution.Editing;
using Workbook.Execution.Output;
using Workbook.Outputs;

namespace Workbook.Jupyter;

/// <summary>
/// What runs a kernel's cells: one notebook state that cells, completions and symbol help share. The kernel
/// process speaks the protocol; the engine runs the code (in a worker process: <see cref="WorkerEngine"/>).
/// </summary>
public interface IKernelEngine : IAsyncDisposable
{
    /// <summary>
    /// Runs a cell; its outputs go to <paramref name="output"/> as they are produced, its reads of standard input
    /// to <paramref name="readLine"/> (the prompt in, a line or null for end of input out). Cancelling
    /// <paramref name="interrupt"/> stops it.
    /// </summary>
    /// <exception cref="KernelRestartedException">The cell could be stopped only by discarding the notebook state.</exception>
    /// <exception cref="EngineEndedException">The cell ended the engine (a crash, <c>Environment.Exit</c>).</exception>
    Task<CellStatus> ExecuteAsync(
        string code, int cellNumber, ICellOutputListener output, Func<string, CancellationToken, Task<string?>> readLine, CancellationToken interrupt);

    /// <summary>Completions at <paramref name="cursor"/>, an offset in <paramref name="code"/>.</summary>
    Task<CodeCompletions> CompleteAsync(string code, int cursor, CancellationToken cancellationToken);

    /// <summary>Help on the symbol at <paramref name="cursor"/>, or null.</summary>
    Task<SymbolHelp?> InspectAsync(string code, int cursor, bool detailed, CancellationToken cancellationToken);
}

/// <summary>An interrupted cell could not be stopped in place: the engine started over with a fresh notebook state.</summary>
public sealed class KernelRestartedException(string message) : Exception(message);

/// <summary>A cell ended the process that ran it; the notebook state is gone and so, for its front end, is the kernel.</summary>
public sealed class EngineEndedException(string message) : Exception(message);
