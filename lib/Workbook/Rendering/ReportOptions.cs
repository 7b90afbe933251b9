namespace Workbook.Rendering;

/// <summary>How reports are rendered.</summary>
/// <param name="ShowCode">Unfold every code cell (they are folded by default; a failed cell is always unfolded).</param>
public sealed record ReportOptions(bool ShowCode = false)
{
    /// <summary>Deepest heading level listed in the table of contents (1 to 6); 3 unless set.</summary>
    public int TocDepth { get; init; } = 3;

    /// <summary>
    /// Pass raw HTML in markdown and html cells through unsanitised, its scripts allowed to run; the report says so in
    /// its header. Off by default: a report goes to readers who never ran the notebook.
    /// </summary>
    public bool TrustMarkdownHtml { get; init; }

    /// <summary>How plotly.js is carried: inline (self-contained, the default) or shared beside the reports.</summary>
    public PlotlyMode Plotly { get; init; } = PlotlyMode.Inline;
}
