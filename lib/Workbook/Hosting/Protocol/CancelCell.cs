namespace Workbook.Hosting.Protocol;

/// <summary>Parent to worker: stop waiting for the running cell (an interrupt). Code that never yields keeps running; only ending the process stops it.</summary>
public sealed record CancelCell(int CellId) : CellMessage(CellId);
