using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Hosting;

/// <summary>
/// How a cell run in a worker ended: its status, its own duration (measured in the worker), and the output the
/// worker's limits dropped (first reached: <paramref name="Limit"/>).
/// </summary>
public sealed record CellOutcome(CellStatus Status, TimeSpan Duration, long DroppedCharacters = 0, int DroppedOutputs = 0, string? Limit = null);
