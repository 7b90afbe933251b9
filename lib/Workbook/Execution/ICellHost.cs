using Workbook.Execution.Output;
using Workbook.Outputs;

namespace Workbook.Execution;

/// <summary>
/// Where a notebook's C# cells run, one after another on one state: in this process (<see cref="NotebookSession"/>)
/// or in a worker process of the notebook's own (<see cref="Hosting.EngineProcess"/>).
/// </summary>
internal interface ICellHost : IAsyncDisposable
{
    /// <summary>Why no more cells run here (a time-out, a cancellation, the process's end), or null.</summary>
    string? AbandonedBy { get; }

    /// <summary>Runs one C# cell; its outputs go to <paramref name="sink"/> as they are produced.</summary>
    Task<CellStatus> RunAsync(string code, int cellNumber, CellOutputSink sink, TimeSpan timeout, CancellationToken cancellationToken);
}
