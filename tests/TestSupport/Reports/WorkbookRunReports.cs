using System.Diagnostics;
using TestSupport.Cli;
using TestSupport.IO;

namespace TestSupport.Reports;

/// <summary>
/// Notebooks run once through the real <c>workbook run</c> command (a child process, as a user runs it) into a
/// temporary reports folder. Lazy: nothing runs until a test asks for the reports. The engine's tests run their own
/// fixture notebooks this way, the study's tests its research notebooks.
/// </summary>
public abstract class WorkbookRunReports : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<Task<CliResult>> _run;

    protected WorkbookRunReports(IReadOnlyList<string> notebooks)
    {
        Notebooks = notebooks;
        _run = new Lazy<Task<CliResult>>(RunAsync);
    }

    public sealed record CliResult(int ExitCode, string Output, string Error, string ReportsFolder);

    /// <summary>The notebooks run, by full path.</summary>
    public IReadOnlyList<string> Notebooks { get; }

    public Task<CliResult> ResultAsync() => _run.Value;

    public async Task<string> ReportForAsync(string notebookName)
    {
        var result = await ResultAsync();
        var report = Path.Combine(result.ReportsFolder, Path.GetFileNameWithoutExtension(notebookName) + ".html");
        Assert.True(File.Exists(report), $"no report for {notebookName}; workbook run said:\n{result.Output}\n{result.Error}");
        return report;
    }

    private async Task<CliResult> RunAsync()
    {
        var reports = _folder.File("reports");
        var start = new ProcessStartInfo("dotnet", [WorkbookCli.Assembly, "run", .. Notebooks, "--html", reports, "--continue-on-error"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error, reports);
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
