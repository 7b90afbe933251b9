using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Hosting.Protocol;

/// <summary>Worker to parent: why the cell failed (compile error, exception, engine error).</summary>
public sealed record ErrorRaised(int CellId, ErrorOutput Error) : CellMessage(CellId);
