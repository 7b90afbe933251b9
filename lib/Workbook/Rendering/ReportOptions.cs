namespace Workbook.Rendering;

/// <summary>How reports are rendered.</summary>
/// <param name="ShowCode">Unfold every code cell (they are folded by default).</param>
public sealed record ReportOptions(bool ShowCode = false);
