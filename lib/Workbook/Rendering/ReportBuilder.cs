using System.Globalization;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Outputs;
using Workbook.Provenance;

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
    /// <param name="run">The run.</param>
    /// <param name="options">How to render.</param>
    /// <param name="inputs">What was read or drawn for the report beforehand: the charts' static images (drawn from
    /// <see cref="Charts"/>) and the notebook's local files; none when null.</param>
    public static ReportDocument Build(NotebookRun run, ReportOptions options, ReportInputs? inputs = null)
    {
        inputs ??= ReportInputs.None;
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var packages = new List<string>();
        var cellOutputs = run.Cells.ToDictionary(c => c.Index, c => Shown(c, packages));
        var figures = Plan(run, cellOutputs);

        var slugger = new Slugger();
        foreach (var reserved in new[] { "content", "contents", "report-header", "title", "sources", "environment", "key-finding" })
            slugger.Reserve(reserved);
        foreach (var cell in run.Cells)
            slugger.Reserve(AnchorOf(cell));
        foreach (var figure in figures.All)
            slugger.Reserve(figure.Id);

        var scripts = ScriptPolicy.Create(options.TrustMarkdownHtml);
        var markdown = new MarkdownRenderer(inputs.LocalFiles, slugger, scripts, figures);
        var sources = new SourceList();
        var outputs = new OutputRenderer(markdown, scripts, figures, inputs.StaticImages, sources);
        var headings = new List<TocEntry>();
        var sections = new List<ReportSection>(run.Cells.Count);
        TocEntry? droppedTitle = null;
        var hasChart = false;

        var renderFailures = new List<(CellResult Cell, Exception Problem)>();
        foreach (var cell in run.Cells)
        {
            try
            {
                AddSection(cell);
            }
            catch (Exception problem) when (problem is not (OutOfMemoryException or OperationCanceledException))
            {
                // One cell that cannot be rendered (a formatter's HTML, markdown, a chart) costs its own section,
                // never the report: its text is shown as written, and the report is marked failed at it.
                renderFailures.Add((cell, problem));
                sections.Add(UnrenderedSection(cell, problem));
            }
        }
        if (renderFailures.Count > 0)
            run = renderFailures.Aggregate(run, (marked, failure) => marked.WithFailure(failure.Cell.Index, RenderError(failure.Problem)));

        void AddSection(CellResult cell)
        {
            if (cell.Cell.IsMarkdown())
            {
                var rendered = markdown.Render(cell.Cell.Contents, dropLeadingHeading: droppedTitle is null && !sections.OfType<MarkdownSection>().Any());
                droppedTitle ??= rendered.DroppedTitle;
                headings.AddRange(rendered.Headings);
                // The engine may record markdown cells' rendering as outputs; the report renders them itself and
                // keeps only errors.
                var errors = outputs.Render(cell.Outputs.OfType<ErrorOutput>().ToList());
                sections.Add(new MarkdownSection(cell.Number, AnchorOf(cell), rendered.Html + errors.Html));
                return;
            }
            var rendering = outputs.Render(cellOutputs[cell.Index], authored: IsAuthored(cell), cell.Index);
            hasChart |= rendering.HasChart;
            sections.Add(new CodeSection(
                cell.Number,
                AnchorOf(cell),
                cell.Cell.Kernel(),
                cell.Cell.Contents,
                CodeHighlighter.ToHtml(cell.Cell.Contents, cell.Cell.Kernel()),
                cell.Status,
                cell.Duration,
                rendering.Html,
                Open: options.ShowCode || cell.Status == CellStatus.Failed));
        }

        var header = HeaderBuilder.Build(run, options, TitleText(droppedTitle?.Text ?? headings.FirstOrDefault()?.Text, run), droppedTitle?.Id ?? "title", AnchorOf) with
        {
            Packages = packages,
            AsOf = AsOfOf(run, cellOutputs),
        };
        return new ReportDocument(header, headings, sections, hasChart, options, scripts)
        {
            Run = run,
            Abstract = AbstractOf(run),
            FirstChart = FirstChartOf(run, cellOutputs, figures),
            KeyFinding = KeyFinding.Of(run, figures),
            AnswerHtml = AnswerOf(run),
            Sources = sources.All,
        };
    }

    /// <summary>Why a cell's section could not be rendered, as the error the report and the command line show.</summary>
    internal static ErrorOutput RenderError(Exception problem) =>
        new("RenderError", $"The cell's output could not be rendered in the report ({problem.GetType().Name}: {problem.Message}); it is shown as text.", []);

    private static ReportSection UnrenderedSection(CellResult cell, Exception problem)
    {
        var note = "<p class=\"render-note\">" + Html.Escape(RenderError(problem).Message) + "</p>\n";
        if (cell.Cell.IsMarkdown())
            return new MarkdownSection(cell.Number, AnchorOf(cell), MarkdownBudget.Unrendered(cell.Cell.Contents, $"{problem.GetType().Name}: {problem.Message}"));
        var text = string.Concat(cell.Outputs.Select(o => o switch
        {
            StreamOutput stream => stream.Text,
            DisplayOutput display => (display.Get("text/plain") ?? "") + "\n",
            ErrorOutput error => $"{error.ErrorType}: {error.Message}\n",
            _ => "",
        }));
        return new CodeSection(cell.Number, AnchorOf(cell), cell.Cell.Kernel(), cell.Cell.Contents, Html.Escape(cell.Cell.Contents),
            CellStatus.Failed, cell.Duration, note + "<pre class=\"output-stream\">" + Html.Escape(text) + "</pre>", Open: true);
    }

    /// <summary>
    /// The index line for a run without rendering it: the same title, path and status as the report's header,
    /// from a parse of the markdown cells only.
    /// </summary>
    public static ReportSummary Summarize(NotebookRun run, string fileName)
    {
        var heading = run.Cells.Where(c => c.Cell.IsMarkdown()).Select(c => MarkdownRenderer.FirstHeading(c.Cell.Contents)).FirstOrDefault(h => h is not null);
        var cellOutputs = run.Cells.ToDictionary(c => c.Index, c => Shown(c, []));
        return new ReportSummary(
            fileName,
            TitleText(heading, run),
            HeaderBuilder.NotebookPath(run.SourcePath, run.Provenance.Git?.Root),
            run.StartedAt,
            run.Duration,
            run.Succeeded,
            run.FirstFailure is { } failed ? failed.Number : null)
        {
            Abstract = AbstractOf(run),
            AnswerHtml = AnswerOf(run),
            AsOf = AsOfOf(run, cellOutputs),
        }.WithFirstChart(FirstChartOf(run, cellOutputs, Plan(run, cellOutputs)));
    }

    /// <summary>
    /// Every numbered chart of the report <see cref="Build"/> makes of <paramref name="run"/>, in report order, with
    /// its Plotly figure: what its static images are drawn from before the report is written.
    /// </summary>
    public static IReadOnlyList<ChartFigure> Charts(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cellOutputs = run.Cells.ToDictionary(c => c.Index, c => Shown(c, []));
        return ChartsOf(run, cellOutputs, Plan(run, cellOutputs)).Select(c => new ChartFigure(c.Figure.Id, c.Json)).ToList();
    }

    private static FigureNumbers Plan(NotebookRun run, IReadOnlyDictionary<int, IReadOnlyList<CellOutput>> cellOutputs) => FigureNumbers.Plan(run.Cells
        .Where(c => !c.Cell.IsMarkdown())
        .Select(c => (c.Index, CellOptions.Parse(c.Cell.Contents), (IReadOnlyList<FigureKind?>)cellOutputs[c.Index].Select(o => OutputRenderer.KindOf(o, IsAuthored(c))).ToList())));

    /// <summary>The report's first chart: its alt text (number, title, caption) and its Plotly figure JSON.</summary>
    private static FirstChart? FirstChartOf(NotebookRun run, IReadOnlyDictionary<int, IReadOnlyList<CellOutput>> cellOutputs, FigureNumbers figures) =>
        ChartsOf(run, cellOutputs, figures).Select(c => new FirstChart(OutputRenderer.AltOf(c.Figure, c.Display.Get("text/html") ?? ""), c.Json)).FirstOrDefault();

    /// <summary>The numbered charts in report order: each figure number, its output and its Plotly figure JSON.</summary>
    private static IEnumerable<(FigureNumber Figure, DisplayOutput Display, string Json)> ChartsOf(
        NotebookRun run, IReadOnlyDictionary<int, IReadOnlyList<CellOutput>> cellOutputs, FigureNumbers figures)
    {
        foreach (var cell in run.Cells.Where(c => !c.Cell.IsMarkdown()))
        {
            var outputs = cellOutputs[cell.Index];
            for (var i = 0; i < outputs.Count; i++)
            {
                if (figures.At(cell.Index, i) is { Kind: FigureKind.Figure } figure
                    && outputs[i] is DisplayOutput display && display.Get(PlotlyScript.FigureMimeType) is { } json)
                    yield return (figure, display, json);
            }
        }
    }

    /// <summary>What the code cells' outputs declare the data run to, in cell order (author html cells included: the declaration is only a date).</summary>
    private static DataAsOf? AsOfOf(NotebookRun run, IReadOnlyDictionary<int, IReadOnlyList<CellOutput>> cellOutputs) =>
        DataAsOf.Of(run.Cells.Where(c => !c.Cell.IsMarkdown()).Select(c => cellOutputs[c.Index]));

    /// <summary>The first paragraph of the notebook's markdown, as plain text.</summary>
    private static string? AbstractOf(NotebookRun run) =>
        run.Cells.Where(c => c.Cell.IsMarkdown()).Select(c => MarkdownRenderer.FirstParagraph(c.Cell.Contents)).FirstOrDefault(p => p is not null);

    /// <summary>The HTML (or text) output of the first cell marked <c>//| index: answer</c>, sanitised.</summary>
    private static string? AnswerOf(NotebookRun run)
    {
        var cell = run.Cells.FirstOrDefault(c => !c.Cell.IsMarkdown() && CellOptions.Parse(c.Cell.Contents)["index"] == "answer");
        var display = cell?.Outputs.OfType<DisplayOutput>().FirstOrDefault();
        if (display?.Get("text/html") is { } html)
            return AuthorHtml.Sanitize(html);
        return display?.Get("text/plain") is { } text ? "<p>" + Html.Escape(text) + "</p>" : null;
    }

    private static bool IsAuthored(CellResult cell) => cell.Cell.Kernel() == "html";

    // The outputs the cell's section shows: a package list goes to the header's Environment line instead.
    private static IReadOnlyList<CellOutput> Shown(CellResult cell, List<string> packages)
    {
        var shown = new List<CellOutput>(cell.Outputs.Count);
        foreach (var output in cell.Outputs)
        {
            if (EnvironmentOutput.Packages(output) is { } listed)
                packages.AddRange(listed.Where(p => !packages.Contains(p)));
            else
                shown.Add(output);
        }
        return shown;
    }

    private static string TitleText(string? heading, NotebookRun run) =>
        string.IsNullOrWhiteSpace(heading) ? Path.GetFileNameWithoutExtension(run.SourcePath) : heading;

    /// <summary>The id of a cell's section: <c>cell-</c> and its number in the file (<c>-parameters</c> added for the injected cell).</summary>
    public static string AnchorOf(CellResult cell) =>
        "cell-" + cell.Number.ToString(CultureInfo.InvariantCulture) + (cell.Injected ? "-parameters" : "");
}
