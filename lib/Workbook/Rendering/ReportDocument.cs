using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>A cell as the report shows it.</summary>
/// <param name="Number">1-based cell number.</param>
/// <param name="Anchor">The section's id, the target of links to the cell.</param>
internal abstract record ReportSection(int Number, string Anchor);

/// <summary>A markdown cell, rendered.</summary>
internal sealed record MarkdownSection(int Number, string Anchor, string Html) : ReportSection(Number, Anchor);

/// <summary>
/// A code cell: its source (raw for the copy button, highlighted for display), status, time and outputs, and whether
/// the code starts unfolded (<c>Open</c>).
/// </summary>
internal sealed record CodeSection(
    int Number,
    string Anchor,
    string Kernel,
    string Source,
    string SourceHtml,
    CellStatus Status,
    TimeSpan Duration,
    string OutputsHtml,
    bool Open) : ReportSection(Number, Anchor);

/// <summary>
/// A report before it is written: header, headings for the table of contents, sections in cell order, whether
/// plotly.js must be inlined, and the script policy its HTML was stamped with.
/// </summary>
internal sealed record ReportDocument(
    ReportHeader Header,
    IReadOnlyList<TocEntry> Headings,
    IReadOnlyList<ReportSection> Sections,
    bool HasChart,
    ReportOptions Options,
    ScriptPolicy Scripts)
{
    /// <summary>What the index page needs to list this report.</summary>
    public ReportSummary Summary(string fileName) => new ReportSummary(
        fileName,
        Header.Title,
        Header.NotebookPath,
        Header.StartedAt,
        Header.Duration,
        Header.Succeeded,
        Header.Failure?.CellNumber)
    {
        Abstract = Abstract,
        AnswerHtml = AnswerHtml,
        AsOf = Header.AsOf,
    }.WithFirstChart(FirstChart);

    /// <summary>The run as the report shows it: a cell whose section could not be rendered is marked failed in it.</summary>
    public required NotebookRun Run { get; init; }

    /// <summary>The report's first chart, for the index's thumbnail, or null.</summary>
    public FirstChart? FirstChart { get; init; }

    /// <summary>The sources the report's tables cite, numbered, for its Sources section.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>The notebook's first paragraph as plain text, for the index.</summary>
    public string? Abstract { get; init; }

    /// <summary>The key finding the notebook marks for its abstract, or null.</summary>
    public KeyFinding? KeyFinding { get; init; }

    /// <summary>The workbook's answer, when this notebook gives it (see <see cref="ReportSummary.AnswerHtml"/>).</summary>
    public string? AnswerHtml { get; init; }
}
