using Workbook.Execution;

namespace Workbook.Hosting;

/// <summary>A worker process could not be started or did not connect.</summary>
public sealed class WorkerStartException(string message) : CellHostStartException(message);
