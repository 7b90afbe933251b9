namespace Workbook.Hosting.Protocol;

/// <summary>
/// Parent to worker: run <paramref name="Code"/> as the next C# cell. <paramref name="CellNumber"/> is the cell's
/// number in its file (stack traces and messages name it). The worker answers with the cell's outputs as they are
/// produced, then <see cref="CellFinished"/>. The parent enforces the time limit; the worker has warmed up before
/// it said <see cref="Ready"/>, so the limit counts only the cell.
/// </summary>
public sealed record RunCell(int CellId, string Code, int CellNumber) : CellMessage(CellId);
