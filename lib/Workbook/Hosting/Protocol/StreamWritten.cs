namespace Workbook.Hosting.Protocol;

/// <summary>Worker to parent: console text a cell wrote to <paramref name="Name"/> (<c>stdout</c> or <c>stderr</c>).</summary>
public sealed record StreamWritten(int CellId, string Name, string Text) : CellMessage(CellId);
