namespace Workbook.Cli.Tests;

/// <summary>The built CLI as a real process: exit codes, default folders.</summary>
public class CliProcessTests
{
    [Fact]
    public async Task Exit_codes_are_0_1_and_2_from_a_real_process()
    {
        var folder = CliRunner.Folder(("ok.dib", "#!csharp\n\n1 + 1\n"), ("fail.dib", "#!csharp\n\nthrow new InvalidOperationException(\"boom\");\n"));
        var html = Path.Combine(folder, "reports");

        var ok = await WorkbookCli.ProcessAsync(folder, "run", "ok.dib", "--html", html);
        var failed = await WorkbookCli.ProcessAsync(folder, "run", "fail.dib", "--html", html);
        var usage = await WorkbookCli.ProcessAsync(folder, "run", "--cell-timeout", "-5");

        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("FAILED fail.dib, cell 1, line 1: System.InvalidOperationException: boom", failed.Error);
        Assert.Contains("at cell code in cell 1, line 1", failed.Error);
        Assert.True(usage.ExitCode == 2, usage.ToString());
    }

    [Fact]
    public async Task Without_a_path_it_runs_the_nearest_notebooks_folder_and_reports_into_reports()
    {
        var root = CliRunner.Folder(("notebooks/one.dib", "#!csharp\n\nConsole.WriteLine(Environment.CurrentDirectory);\n"));
        var below = Path.Combine(root, "notebooks", "sub");
        Directory.CreateDirectory(below);

        var result = await WorkbookCli.ProcessAsync(below, "run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ok     one.dib", result.Output);
        var report = await File.ReadAllTextAsync(Path.Combine(below, "reports", "one.html"));
        Assert.Contains(Path.Combine(root, "notebooks"), report);
    }
}
