using Workbook.Execution.Editing;

namespace Workbook.Hosting.Protocol;

/// <summary>
/// Parent to worker: what may be typed at <paramref name="Cursor"/> (an offset in <paramref name="Code"/>, a cell not
/// yet run), seen from the notebook's state. Answered by <see cref="CompletionsFound"/>.
/// </summary>
public sealed record CompleteCode(int RequestId, string Code, int Cursor) : WorkerRequest(RequestId);

/// <summary>Worker to parent: the answer to <see cref="CompleteCode"/>.</summary>
public sealed record CompletionsFound(int RequestId, CodeCompletions Completions) : WorkerReply(RequestId);
