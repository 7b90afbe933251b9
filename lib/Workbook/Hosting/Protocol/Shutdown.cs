namespace Workbook.Hosting.Protocol;

/// <summary>Parent to worker: the notebook is done; exit.</summary>
public sealed record Shutdown : WorkerMessage;
