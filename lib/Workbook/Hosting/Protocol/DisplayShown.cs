using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Hosting.Protocol;

/// <summary>Worker to parent: a displayed value; <paramref name="DisplayId"/> is set when a handle can update it later.</summary>
public sealed record DisplayShown(int CellId, IReadOnlyList<FormattedValue> Values, string? DisplayId) : CellMessage(CellId);
