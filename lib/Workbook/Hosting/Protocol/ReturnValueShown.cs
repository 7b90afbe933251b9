using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Hosting.Protocol;

/// <summary>Worker to parent: the value of the cell's trailing expression.</summary>
public sealed record ReturnValueShown(int CellId, IReadOnlyList<FormattedValue> Values) : CellMessage(CellId);
