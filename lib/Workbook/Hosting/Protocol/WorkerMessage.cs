using System.Text.Json.Serialization;

namespace Workbook.Hosting.Protocol;

/// <summary>
/// One message between an engine's parent process and its worker (<see cref="WorkerHost"/>), sent as one line of
/// JSON whose <c>type</c> field names the concrete record. Each concept has its own type, in its own file, listed
/// here; a new request/reply pair (completion, inspection) is two more records and two more lines below.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RunCell), "run_cell")]
[JsonDerivedType(typeof(CancelCell), "cancel_cell")]
[JsonDerivedType(typeof(InputReply), "input_reply")]
[JsonDerivedType(typeof(Shutdown), "shutdown")]
[JsonDerivedType(typeof(Ready), "ready")]
[JsonDerivedType(typeof(StreamWritten), "stream")]
[JsonDerivedType(typeof(DisplayShown), "display")]
[JsonDerivedType(typeof(DisplayUpdated), "display_update")]
[JsonDerivedType(typeof(ReturnValueShown), "return_value")]
[JsonDerivedType(typeof(ErrorRaised), "error")]
[JsonDerivedType(typeof(CellFinished), "cell_done")]
[JsonDerivedType(typeof(InputRequested), "input_request")]
[JsonDerivedType(typeof(ProcessCrashing), "crashing")]
[JsonDerivedType(typeof(CompleteCode), "complete")]
[JsonDerivedType(typeof(CompletionsFound), "complete_reply")]
[JsonDerivedType(typeof(InspectCode), "inspect")]
[JsonDerivedType(typeof(SymbolHelpFound), "inspect_reply")]
public abstract record WorkerMessage;

/// <summary>A message that belongs to one cell run: <see cref="CellId"/> is the id its <see cref="RunCell"/> gave.</summary>
public abstract record CellMessage(int CellId) : WorkerMessage;
