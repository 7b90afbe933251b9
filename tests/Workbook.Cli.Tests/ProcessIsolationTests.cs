using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbook.Cli.Tests;

/// <summary>
/// What a cell can do to its process, run through the real CLI and its real worker processes: the cell fails with
/// a message naming notebook and cell, its output so far is kept, its report is written and marked failed, the
/// index lists it, and the next notebook runs.
/// </summary>
public class ProcessIsolationTests
{
    private const string Next = "#!csharp\n\nConsole.WriteLine(\"the next notebook ran\");\n";

    private static string Notebook(params string[] cells) => string.Concat(cells.Select(c => $"#!csharp\n\n{c}\n\n"));

    [Fact]
    public async Task Environment_Exit_fails_the_cell_with_the_exit_code_and_the_run_goes_on()
    {
        var run = await RunAsync(
            Notebook("Console.WriteLine(\"first cell\");", "Console.WriteLine(\"partial before exit\");\nEnvironment.Exit(3);", "Console.WriteLine(\"nev\" + \"er ran\");"));

        AssertFailedAndNextRan(run, "cell 2: ProcessExited: The notebook's process exited with code 3 during this cell.", "partial before exit");
        Assert.DoesNotContain("never ran", Report(run, "a-row"));
    }

    [Fact]
    public async Task Unbounded_recursion_is_a_stack_overflow_in_its_cell()
    {
        var run = await RunAsync(
            Notebook("var depth = 0;", "Console.WriteLine(\"partial before overflow\");\nint Down(int n) => Down(n + 1) + 1;\nDown(0)"));

        AssertFailedAndNextRan(run, "cell 2: StackOverflow: Stack overflow in this cell (in Down(Int32), called without end): the notebook's process ended with exit code 134.", "partial before overflow");
    }

    [Fact]
    public async Task An_exception_on_a_background_thread_fails_the_running_cell()
    {
        var run = await RunAsync(Notebook(
            "var started = 1;",
            "Console.WriteLine(\"partial before crash\");\nnew System.Threading.Thread(() => throw new InvalidOperationException(\"boom from a thread\")).Start();\nSystem.Threading.Thread.Sleep(30_000);"));

        AssertFailedAndNextRan(run, "cell 2: UnhandledException: An exception that no code caught ended the notebook's process during this cell: System.InvalidOperationException: boom from a thread", "partial before crash");
        Assert.Contains("at cell code in cell 2, line 2", run.Cli.Error);
    }

    [Fact]
    public async Task A_cell_that_never_yields_is_stopped_by_ending_its_process()
    {
        var run = await RunAsync(Notebook("Console.WriteLine(\"partial before spinning\");", "while (true) { }"), "--cell-timeout", "5");

        AssertFailedAndNextRan(run, "cell 2: Timeout: Cell 2 did not finish within 5 s (--cell-timeout). The notebook's process was stopped", "partial before spinning");
        Assert.Equal(2, run.Workers.Count);
        var (spinning, next) = (run.Workers[0], run.Workers[1]);
        Assert.True(spinning.LastSeen < next.FirstSeen, $"the spinning worker was last seen at {spinning.LastSeen}, after the next one started at {next.FirstSeen}");
        Assert.All(run.Workers, w => Assert.False(WatchedProcess.IsAlive(w.Id), $"worker {w.Id} still runs"));
    }

    [Fact]
    public async Task Two_hundred_megabytes_of_stdout_are_cut_at_the_cell_limit_with_memory_and_report_bounded()
    {
        var run = await RunAsync(Notebook(
            "var line = new string('x', 99);\nfor (var i = 0; i < 2_000_000; i++) Console.WriteLine(line);"));

        Assert.True(run.Cli.ExitCode == 0, run.ToString());
        Assert.Contains("ok     a-row.dib: 1 cells succeeded", run.Cli.Output);
        var report = new FileInfo(Path.Combine(run.Folder, "reports", "a-row.html"));
        Assert.InRange(report.Length, 1_000_000, 1_300_000);
        Assert.Contains("[Output truncated: 199 MB of output dropped beyond the per-cell limit of 1 MB. Raise the limit with --max-output.]", Report(run, "a-row"));
        Assert.InRange(run.Watch.CliPeakBytes, 1, 400_000_000);
        Assert.All(run.Workers, w => Assert.InRange(w.PeakBytes, 1, 500_000_000));
        Assert.Contains("the next notebook ran", Report(run, "b-next"));
    }

    [Fact]
    public async Task Max_output_sets_the_cell_and_notebook_limits()
    {
        var run = await RunAsync(
            Notebook("Console.Write(new string('a', 3000));", "Console.Write(new string('b', 3000));", "Console.Write(new string('c', 3000));"),
            "--max-output", "2KB,5KB");

        Assert.True(run.Cli.ExitCode == 0, run.ToString());
        var html = Report(run, "a-row");
        Assert.Contains(new string('a', 2000) + "</pre>", html);
        Assert.Contains("[Output truncated: 1 KB of output dropped beyond the per-cell limit of 2 KB. Raise the limit with --max-output.]", html);
        Assert.DoesNotContain(new string('a', 2001), html);
        Assert.Contains("[Output truncated: 2 KB of output dropped beyond the per-notebook limit of 5 KB.", html);
        Assert.Contains("stdout\">" + new string('c', 1000) + "</pre>", html);
    }

    [Fact]
    public async Task ReadLine_gets_the_end_of_input_at_once_even_with_stdin_open()
    {
        var run = await RunAsync(
            Notebook("Console.Write(\"Your name? \");\nvar answer = Console.ReadLine();\nConsole.WriteLine(answer is null ? \"end of input\" : \"got \" + answer);"),
            "--cell-timeout", "60", "--jobs", "1");

        Assert.True(run.Cli.ExitCode == 0, run.ToString());
        Assert.Contains("Your name? end of input", Report(run, "a-row"));
        var seconds = double.Parse(Regex.Match(run.Cli.Output, @"a-row\.dib \[1/1\] csharp succeeded \((\d+\.\d) s\)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 0, 20);
    }

    private sealed record Run(string Folder, WatchedProcess.Result Watch)
    {
        public CliRunner.Result Cli => Watch.Cli;

        public IReadOnlyList<WatchedProcess.Worker> Workers => Watch.Workers;

        public override string ToString() => Watch.ToString();
    }

    /// <summary>Runs <c>a-row.dib</c> (the case) then <c>b-next.dib</c> (an ordinary notebook), one at a time.</summary>
    private static async Task<Run> RunAsync(string notebook, params string[] options)
    {
        var folder = CliRunner.Folder(("a-row.dib", notebook), ("b-next.dib", Next));
        var jobs = options.Contains("--jobs") ? [] : new[] { "--jobs", "1" };
        return new Run(folder, await WatchedProcess.RunAsync(folder, ["run", ".", "--html", "reports", .. jobs, .. options]));
    }

    private static string Report(Run run, string name) => File.ReadAllText(Path.Combine(run.Folder, "reports", name + ".html"));

    private static void AssertFailedAndNextRan(Run run, string failure, string partialOutput)
    {
        Assert.True(run.Cli.ExitCode == 1, run.ToString());
        Assert.Contains("FAILED a-row.dib, " + failure, run.Cli.Error);
        var report = Report(run, "a-row");
        Assert.Contains("<span class=\"badge badge-failed\">Failed</span> at <a href=\"#cell-2\">cell 2</a>", report);
        Assert.Contains(partialOutput, report);
        Assert.Contains("ok     b-next.dib: 1 cells succeeded", run.Cli.Output);
        Assert.Contains("the next notebook ran", Report(run, "b-next"));
        var index = File.ReadAllText(Path.Combine(run.Folder, "reports", "index.html"));
        Assert.Contains("a-row.html", index);
        Assert.Contains("b-next.html", index);
        Assert.Contains("1 failed", index);
    }
}
