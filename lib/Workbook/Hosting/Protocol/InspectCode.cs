using Workbook.Execution.Editing;

namespace Workbook.Hosting.Protocol;

/// <summary>
/// Parent to worker: help on the symbol at <paramref name="Cursor"/> in <paramref name="Code"/>, with its parameters,
/// return value and remarks when <paramref name="Detailed"/>. Answered by <see cref="SymbolHelpFound"/>.
/// </summary>
public sealed record InspectCode(int RequestId, string Code, int Cursor, bool Detailed) : WorkerRequest(RequestId);

/// <summary>Worker to parent: the answer to <see cref="InspectCode"/>; null when there is no symbol there.</summary>
public sealed record SymbolHelpFound(int RequestId, SymbolHelp? Help) : WorkerReply(RequestId);
