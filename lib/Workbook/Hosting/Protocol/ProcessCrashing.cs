namespace Workbook.Hosting.Protocol;

/// <summary>
/// Worker to parent, sent from the worker's last-chance handler: an exception nobody caught (on a thread a cell
/// started) is ending the process. <paramref name="StackTrace"/> names cells and lines as cell errors do.
/// </summary>
public sealed record ProcessCrashing(string ExceptionType, string Message, IReadOnlyList<string> StackTrace) : WorkerMessage;
