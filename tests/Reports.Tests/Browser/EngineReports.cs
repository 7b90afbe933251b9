using System.Diagnostics;
using Reports.Tests.Fixtures;

namespace Reports.Tests.Browser;

/// <summary>
/// Every notebook under notebooks/ plus this project's own report-features notebook, run once through the real
/// <c>workbook run</c> command (a child process, as a user runs it) into a temporary reports folder. Lazy: nothing
/// runs until a test asks for the reports.
/// </summary>
public sealed class EngineReports : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<Task<CliResult>> _run;

    public EngineReports() => _run = new Lazy<Task<CliResult>>(RunAsync);

    public sealed record CliResult(int ExitCode, string Output, string Error, string ReportsFolder);

    /// <summary>The research notebooks that exist, then the report-features fixture, by full path.</summary>
    public static IReadOnlyList<string> Notebooks()
    {
        IEnumerable<string> research = Directory.Exists(RepoPaths.Notebooks)
            ? Directory.GetFiles(RepoPaths.Notebooks).Where(f => f.EndsWith(".dib", StringComparison.Ordinal) || f.EndsWith(".ipynb", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [];
        return [.. research, FeaturesNotebook];
    }

    public static string FeaturesNotebook => Path.Combine(RepoPaths.Root, "tests", "Reports.Tests", "Notebooks", "report-features.dib");

    /// <summary>Theory data: one notebook file name per row.</summary>
    public static TheoryData<string> NotebookNames() => new(Notebooks().Select(Path.GetFileName)!);

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
        var cli = Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "run", .. Notebooks(), "--html", reports, "--continue-on-error"])
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

    public void Dispose() => _folder.Dispose();
}
