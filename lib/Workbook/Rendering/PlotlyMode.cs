namespace Workbook.Rendering;

/// <summary>How a report with charts carries plotly.js.</summary>
public enum PlotlyMode
{
    /// <summary>Inlined once in the report's head: the report is one self-contained file (the default).</summary>
    Inline,

    /// <summary>One <c>plotly.min.js</c> written beside the reports and referenced by each: smaller reports that must travel with it.</summary>
    Shared,
}
