namespace Workbook.Cli.Tests;

/// <summary>
/// Output folders the run cannot write to, through the real CLI: a read-only folder is refused before any cell runs,
/// a disk that fills mid-run costs only the notebook being written, and leftovers of killed writers are removed. The
/// read-only and full file systems are real: a tmpfs mounted in a user and mount namespace of the CLI's own
/// (<c>unshare -rm</c>), which needs no privilege and vanishes with the process.
/// </summary>
public class OutputFolderTests
{
    private const string Marker = "ran.txt";

    private static string Writes(string text) => $"#!csharp\n\nSystem.IO.File.WriteAllText(\"{Marker}\", \"x\");\nConsole.WriteLine({text});\n";

    [Fact]
    public async Task A_read_only_reports_folder_is_refused_with_exit_2_before_any_cell_runs()
    {
        var folder = CliRunner.Folder(("a.dib", Writes("\"hello\"")));

        var result = await MountedAsync(folder, "ro,size=1m", "run", "a.dib", "--html", "mnt");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--html mnt: cannot write to {Path.Combine(folder, "mnt")}: Read-only file system", result.Error);
        Assert.Contains("Nothing was run; choose a folder you can write to.", result.Error);
        Assert.DoesNotContain("Unhandled", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(Path.Combine(folder, Marker)), "a cell ran before the output folder was checked");
    }

    [Fact]
    public async Task An_ipynb_folder_below_a_file_is_refused_with_exit_2()
    {
        var folder = CliRunner.Folder(("a.dib", Writes("\"hello\"")), ("taken", "a file, not a folder"));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "a.dib", "--html", "reports", "--ipynb", "taken/out");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--ipynb taken/out: cannot write to ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(Path.Combine(folder, Marker)));
    }

    [Fact]
    public async Task A_disk_that_fills_mid_run_fails_that_notebook_only_and_keeps_the_other_report()
    {
        // b's report (3 MB of output) cannot fit in a 1 MB file system; a's, written first, can.
        var folder = CliRunner.Folder(
            ("a-small.dib", "#!csharp\n\nConsole.WriteLine(\"small\");\n"),
            ("b-big.dib", "#!csharp\n\nConsole.Write(new string('x', 3_000_000));\n"));

        var result = await MountedAsync(folder, "size=1m", "run", ".", "--html", "mnt", "--jobs", "1", "--max-output", "5MB,10MB");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("FAILED b-big.dib: its output could not be written: No space left on device", result.Error);
        Assert.Contains("The other notebooks' reports were kept.", result.Error);
        Assert.Contains("ok     a-small.dib: 1 cells succeeded", result.Output);
        Assert.DoesNotContain("ok     b-big.dib", result.Output);
        Assert.DoesNotContain("   at ", result.Error);
        var files = result.Output[(result.Output.IndexOf("@@files", StringComparison.Ordinal) + 7)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("a-small.html", files);
        Assert.DoesNotContain("b-big.html", files);
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Temporary_files_of_killed_writers_are_removed_and_a_live_writers_are_kept()
    {
        var folder = CliRunner.Folder(("a.dib", "#!csharp\n\n1 + 1\n"));
        var reports = Path.Combine(folder, "reports");
        Directory.CreateDirectory(reports);
        var guid = new string('a', 32);
        // A process id above the kernel's pid_max, so never alive; and the name written before ids were in it.
        var killed = Path.Combine(reports, $".a.html.4194999.{guid}.tmp");
        var older = Path.Combine(reports, $".index.html.{guid}.tmp");
        var live = Path.Combine(reports, $".b.html.{Environment.ProcessId}.{guid}.tmp");
        foreach (var file in new[] { killed, older, live })
            File.WriteAllText(file, "<html>half");
        File.SetLastWriteTimeUtc(older, DateTime.UtcNow.AddHours(-2));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "a.dib", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(killed), "a killed writer's temporary file was kept");
        Assert.False(File.Exists(older), "an old temporary file was kept");
        Assert.True(File.Exists(live), "a live writer's temporary file was removed");
        Assert.True(File.Exists(Path.Combine(reports, "a.html")));
    }

    /// <summary>
    /// The CLI with a tmpfs mounted (with <paramref name="options"/>) at <c>mnt</c> in <paramref name="folder"/>, in
    /// namespaces of its own; after it ends, the mount's file listing follows <c>@@files</c> on standard output.
    /// </summary>
    private static async Task<CliRunner.Result> MountedAsync(string folder, string options, params string[] args)
    {
        Directory.CreateDirectory(Path.Combine(folder, "mnt"));
        const string Script = "mount -t tmpfs -o \"$1\" tmpfs mnt || exit 99; shift; dotnet \"$@\"; code=$?; echo @@files; ls -A mnt; exit $code";
        return await CliRunner.CommandAsync("unshare", ["-rm", "sh", "-c", Script, "sh", options, WorkbookCli.Assembly, .. args], folder);
    }
}
