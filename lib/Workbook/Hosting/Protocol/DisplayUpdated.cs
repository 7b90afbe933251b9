using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Hosting.Protocol;

/// <summary>
/// Worker to parent: the display <paramref name="DisplayId"/>, shown by cell <paramref name="CellId"/> (possibly an
/// earlier cell than the one running), now shows <paramref name="Values"/>.
/// </summary>
public sealed record DisplayUpdated(int CellId, string DisplayId, IReadOnlyList<FormattedValue> Values) : CellMessage(CellId);
