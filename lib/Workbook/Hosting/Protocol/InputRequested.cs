namespace Workbook.Hosting.Protocol;

/// <summary>
/// Worker to parent: cell <paramref name="CellId"/> reads a line of standard input; <paramref name="Prompt"/> is
/// the text it wrote since its last line break. The worker waits for <see cref="InputReply"/>.
/// </summary>
public sealed record InputRequested(int RequestId, int CellId, string Prompt) : WorkerMessage;
