using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Hosting.Protocol;

/// <summary>
/// Worker to parent: the cell ended with <paramref name="Status"/> after <paramref name="DurationMilliseconds"/>
/// of its own. <paramref name="DroppedCharacters"/> and <paramref name="DroppedOutputs"/> say how much output the
/// worker's output limits dropped (first reached: <paramref name="Limit"/>); <paramref name="AbandonedBy"/> is set
/// when the session no longer runs cells.
/// </summary>
public sealed record CellFinished(
    int CellId,
    CellStatus Status,
    double DurationMilliseconds,
    long DroppedCharacters,
    int DroppedOutputs,
    string? Limit,
    string? AbandonedBy) : CellMessage(CellId);
