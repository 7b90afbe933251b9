using Microsoft.DotNet.Interactive.Documents;
using Workbook.Execution;
using Workbook.Execution.Parameters;
using Workbook.Outputs;
using Workbook.Provenance;

namespace Workbook.Rendering;

/// <summary>
/// Renders a small made-up report (a heading, a paragraph, a code cell with an HTML table, a Plotly chart and a
/// text stream) into nothing, so that the report writer's code (Markdig, the sanitizer, the highlighter, the page
/// shell) is loaded and compiled while the process would otherwise wait for its first notebook's worker, and the
/// first real report costs its own work only. It writes no file and changes no state a report depends on.
/// </summary>
public static class ReportWarmUp
{
    /// <summary>Starts the warm-up on the thread pool; the task never faults (a failed warm-up only costs the time it saves).</summary>
    public static Task StartAsync() => Task.Run(() =>
    {
        try
        {
            Render();
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // Nothing depends on it: the real report renders (and reports its own errors) as without it.
        }
    });

    private static void Render()
    {
        var markdown = new InteractiveDocumentElement("# Warm-up\n\nA paragraph with `code`, *emphasis* and a [link](https://example.org).", "markdown");
        var code = new InteractiveDocumentElement("//| label: fig-warm\n//| fig-cap: A chart\nvar x = 1;\nx", "csharp");
        var document = new InteractiveDocument([markdown, code]);
        var outputs = new CellOutput[]
        {
            new StreamOutput("stdout", "text\n"),
            new DisplayOutput([new FormattedValue("text/html", "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>")], DisplayId: null, IsReturnValue: false),
            new DisplayOutput([new FormattedValue("application/vnd.plotly.v1+json", "{\"data\":[{\"type\":\"scatter\",\"x\":[1,2],\"y\":[3,4]}],\"layout\":{\"title\":{\"text\":\"warm\"}}}")], DisplayId: null, IsReturnValue: true),
        };
        var run = new NotebookRun(
            Path.Combine(Path.GetTempPath(), "workbook-warm-up.dib"),
            document,
            [new CellResult(0, markdown, CellStatus.Succeeded, [], TimeSpan.Zero), new CellResult(1, code, CellStatus.Succeeded, outputs, TimeSpan.Zero)],
            // No data folder and no repository: the warm-up hashes nothing and reads no file.
            new RunProvenance(DateTimeOffset.Now, ParameterValues.None, null, null, null, EngineBuild.Current),
            TimeSpan.Zero);
        ReportWriter.Write(TextWriter.Null, ReportBuilder.Build(run, new ReportOptions()), "workbook-warm-up.html");
    }
}
