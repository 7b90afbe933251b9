using System.Globalization;
using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>
/// Turns a run into a <see cref="ReportDocument"/>: markdown rendered with report-wide heading ids, code highlighted,
/// outputs rendered, the title found, the header facts collected.
/// </summary>
/// <remarks>
/// The title is the notebook's first markdown heading. When that heading opens the first markdown cell (notebooks
/// usually put their setup code cell before it), it is shown once, as
/// the header's title, rather than twice; the table of contents still links to it. A notebook without headings is
/// titled by its file name.
/// </remarks>
internal static class ReportBuilder
{
    public static ReportDocument Build(NotebookRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var slugger = new Slugger();
        foreach (var reserved in new[] { "content", "contents", "report-header", "title" })
            slugger.Reserve(reserved);
        foreach (var cell in run.Cells)
            slugger.Reserve(AnchorOf(cell));

        var scripts = ScriptPolicy.Create(options.TrustMarkdownHtml);
        var markdown = new MarkdownRenderer(Path.GetDirectoryName(Path.GetFullPath(run.SourcePath))!, slugger, scripts);
        var outputs = new OutputRenderer(markdown, scripts);
        var headings = new List<TocEntry>();
        var sections = new List<ReportSection>(run.Cells.Count);
        TocEntry? droppedTitle = null;
        var hasChart = false;

        foreach (var cell in run.Cells)
        {
            if (cell.Cell.IsMarkdown)
            {
                var rendered = markdown.Render(cell.Cell.Contents, dropLeadingHeading: droppedTitle is null && !sections.OfType<MarkdownSection>().Any());
                droppedTitle ??= rendered.DroppedTitle;
                headings.AddRange(rendered.Headings);
                // The engine may record markdown cells' rendering as outputs; the report renders them itself and
                // keeps only errors.
                var errors = outputs.Render(cell.Outputs.OfType<ErrorOutput>().ToList());
                sections.Add(new MarkdownSection(cell.Number, AnchorOf(cell), rendered.Html + errors.Html));
                continue;
            }
            var rendering = outputs.Render(cell.Outputs, authored: cell.Cell.Kernel == "html");
            hasChart |= rendering.HasChart;
            sections.Add(new CodeSection(
                cell.Number,
                AnchorOf(cell),
                cell.Cell.Kernel,
                cell.Cell.Contents,
                CodeHighlighter.ToHtml(cell.Cell.Contents, cell.Cell.Kernel),
                cell.Status,
                cell.Duration,
                rendering.Html,
                Open: options.ShowCode || cell.Status == CellStatus.Failed));
        }

        var header = HeaderBuilder.Build(run, options, TitleText(droppedTitle?.Text ?? headings.FirstOrDefault()?.Text, run), droppedTitle?.Id ?? "title", AnchorOf);
        return new ReportDocument(header, headings, sections, hasChart, options, scripts);
    }

    /// <summary>
    /// The index line for a run without rendering it: the same title, path and status as the report's header,
    /// from a parse of the markdown cells only.
    /// </summary>
    public static ReportSummary Summarize(NotebookRun run, string fileName)
    {
        var heading = run.Cells.Where(c => c.Cell.IsMarkdown).Select(c => MarkdownRenderer.FirstHeading(c.Cell.Contents)).FirstOrDefault(h => h is not null);
        return new ReportSummary(
            fileName,
            TitleText(heading, run),
            HeaderBuilder.NotebookPath(run.SourcePath, GitRevision.Find(run.SourcePath)),
            run.StartedAt,
            run.Duration,
            run.Succeeded,
            run.FirstFailure is { } failed ? failed.Number : null);
    }

    private static string TitleText(string? heading, NotebookRun run) =>
        string.IsNullOrWhiteSpace(heading) ? Path.GetFileNameWithoutExtension(run.SourcePath) : heading;

    /// <summary>The id of a cell's section: <c>cell-</c> and its number in the file (<c>-parameters</c> added for the injected cell).</summary>
    public static string AnchorOf(CellResult cell) =>
        "cell-" + cell.Number.ToString(CultureInfo.InvariantCulture) + (cell.Injected ? "-parameters" : "");
}
