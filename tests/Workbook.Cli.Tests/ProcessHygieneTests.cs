using System.Diagnostics;
using System.Globalization;

namespace Workbook.Cli.Tests;

/// <summary>
/// No process of a run outlives it, through the real CLI: what a cell starts and leaves running is named in the
/// cell and ended with the notebook, and when <c>run</c> itself is killed with SIGKILL its workers and their children
/// end too.
/// </summary>
public class ProcessHygieneTests
{
    private const string StartsSleep =
        "#!csharp\n\nvar sleeper = System.Diagnostics.Process.Start(\"sleep\", \"600\");\n"
        + "System.IO.File.WriteAllText(\"pids\", $\"{sleeper.Id} {Environment.ProcessId}\");\n";

    [Fact]
    public async Task A_process_a_cell_leaves_running_is_named_in_the_cell_and_ended_with_the_notebook()
    {
        var folder = CliRunner.Folder(("stray.dib", StartsSleep + "\n#!csharp\n\nConsole.WriteLine(\"next cell\");\n"));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "stray.dib", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        var (sleeper, worker) = Pids(folder);
        Assert.Contains($"[1 process started here still running: {sleeper} (sleep). It is ended when the notebook ends.]", File.ReadAllText(Path.Combine(folder, "reports", "stray.html")));
        Assert.False(WatchedProcess.IsAlive(sleeper), $"sleep {sleeper} outlived the run");
        Assert.False(WatchedProcess.IsAlive(worker), $"worker {worker} outlived the run");
    }

    [Fact]
    public async Task When_run_is_killed_with_SIGKILL_its_worker_and_the_cells_processes_end_too()
    {
        var folder = CliRunner.Folder(("killed.dib", StartsSleep + "\n#!csharp\n\nSystem.Threading.Thread.Sleep(300_000);\n"));
        using var run = Process.Start(new ProcessStartInfo("dotnet", [WorkbookCli.Assembly, "run", "killed.dib", "--html", "reports"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        try
        {
            // The second cell sleeps once the first has written the ids.
            using var started = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!File.Exists(Path.Combine(folder, "pids")) || File.ReadAllText(Path.Combine(folder, "pids")).Split(' ').Length < 2)
                await Task.Delay(100, started.Token);
            await Task.Delay(500, started.Token);

            run.Kill(entireProcessTree: false);
            await run.WaitForExitAsync(started.Token);

            var (sleeper, worker) = Pids(folder);
            using var ending = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (WatchedProcess.IsAlive(sleeper) || WatchedProcess.IsAlive(worker))
                await Task.Delay(100, ending.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"a process of the killed run lived on: {File.ReadAllText(Path.Combine(folder, "pids"))}\n{await output}\n{await error}");
        }
        finally
        {
            if (!run.HasExited) run.Kill(entireProcessTree: true);
        }
    }

    private static (int Sleeper, int Worker) Pids(string folder)
    {
        var ids = File.ReadAllText(Path.Combine(folder, "pids")).Split(' ').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return (ids[0], ids[1]);
    }
}
