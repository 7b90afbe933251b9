using Workbook.Publishing;
using Workbook.Execution;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>The hand-built runs rendered once into a temporary reports folder, with their index.</summary>
public sealed class SampleReports : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string ReportsFolder => _folder.File("reports");

    public string Research { get; private set; } = "";

    public string Failing { get; private set; } = "";

    public string Index { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var options = new ReportOptions();
        NotebookRun[] runs = [SampleRuns.Research(_folder.Path), SampleRuns.Failing(_folder.Path)];
        Research = await HtmlReport.WriteAsync(runs[0], ReportsFolder, options);
        Failing = await HtmlReport.WriteAsync(runs[1], ReportsFolder, options);
        Index = await HtmlReport.WriteIndexAsync(runs, ReportsFolder);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
