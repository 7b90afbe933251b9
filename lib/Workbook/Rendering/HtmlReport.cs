using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>
/// HTML reports of notebook runs: one self-contained file per notebook (no request of any kind when opened: styles,
/// script, plotly.js and images are inline), plus an <c>index.html</c> listing every report in the folder.
/// Files are written atomically: an interrupted or failed render leaves the previous file as it was.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders <paramref name="run"/> to <c>&lt;directory&gt;/&lt;notebook name&gt;.html</c>; returns the path.</summary>
    public static async Task<string> WriteAsync(NotebookRun run, string directory, ReportOptions options, CancellationToken cancellationToken = default)
    {
        var fileName = FileNameFor(run);
        var document = ReportBuilder.Build(run, options);
        var path = Path.Combine(directory, fileName);
        await AtomicFile.WriteAsync(path, (writer, _) =>
        {
            ReportWriter.Write(writer, document, fileName);
            return Task.CompletedTask;
        }, cancellationToken);
        return path;
    }

    /// <summary>
    /// Writes <c>&lt;directory&gt;/index.html</c> listing <paramref name="runs"/> and every other report already in
    /// <paramref name="directory"/>; returns the path.
    /// </summary>
    public static async Task<string> WriteIndexAsync(IReadOnlyList<NotebookRun> runs, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var fresh = runs.Select(run => ReportBuilder.Summarize(run, FileNameFor(run)));
        var reports = IndexPage.Collect(fresh, directory);
        var path = Path.Combine(directory, IndexPage.FileName);
        await AtomicFile.WriteAsync(path, (writer, _) =>
        {
            IndexPage.Write(writer, reports);
            return Task.CompletedTask;
        }, cancellationToken);
        return path;
    }

    /// <summary>The report's HTML.</summary>
    public static string Render(NotebookRun run, ReportOptions options)
    {
        using var writer = new StringWriter();
        ReportWriter.Write(writer, ReportBuilder.Build(run, options), FileNameFor(run));
        return writer.ToString();
    }

    /// <summary>The report's file name: the notebook's name with <c>.html</c>.</summary>
    public static string FileNameFor(NotebookRun run) => Path.GetFileNameWithoutExtension(run.SourcePath) + ".html";
}
