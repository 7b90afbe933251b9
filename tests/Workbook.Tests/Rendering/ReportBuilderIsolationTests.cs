using TestSupport.Reports;
using Workbook.Publishing;
using Workbook.Execution;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>
/// A cell whose section cannot be rendered costs its own section, never the report: it is shown as text under a
/// note, the report is marked failed at it, and the run handed back says so.
/// </summary>
public sealed class ReportBuilderIsolationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_cell_that_breaks_the_renderer_is_shown_as_text_and_marks_the_report_failed()
    {
        // An error without its stack-frame list breaks the output renderer, as a bug in the engine could.
        var broken = new ErrorOutput("Broken", "plain view", null!);
        var run = new RunBuilder(_folder.File("broken.dib"))
            .Markdown("# Broken\n\nA report with a cell the renderer cannot show.")
            .Code("Broken()", broken)
            .Code("\"after\"", RunBuilder.Text("the next cell rendered"))
            .Build();

        var written = await HtmlReport.WriteReportAsync(run, _folder.File("reports"), new ReportOptions(), printer: null);

        var html = await File.ReadAllTextAsync(written.Path);
        Assert.Contains("The cell&#39;s output could not be rendered in the report (", html);
        Assert.Contains("plain view", html);
        Assert.Contains("the next cell rendered", html);
        Assert.Contains("<span class=\"badge badge-failed\">Failed</span> at <a href=\"#cell-2\">cell 2</a>:", html);
        var failed = Assert.Single(written.Run.Cells, c => c.Status == CellStatus.Failed);
        Assert.Equal(2, failed.Number);
        Assert.Equal("RenderError", Assert.IsType<ErrorOutput>(failed.Outputs[^1]).ErrorType);
        Assert.False(SummaryRecord.ReadFrom(written.Path)!.Succeeded);
    }

    public void Dispose() => _folder.Dispose();
}
