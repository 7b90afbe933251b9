using System.Diagnostics;

namespace Workbook.Cli.Tests;

/// <summary>
/// Runs the built CLI as a real process with its standard input open (never written, never closed), and watches
/// its process tree through <c>/proc</c>: each worker it starts, when it was first and last seen, and the peak
/// resident memory (VmHWM) of the CLI and of every worker.
/// </summary>
internal static class WatchedProcess
{
    public sealed record Worker(int Id, TimeSpan FirstSeen, TimeSpan LastSeen, long PeakBytes);

    public sealed record Result(CliRunner.Result Cli, long CliPeakBytes, IReadOnlyList<Worker> Workers)
    {
        public override string ToString() => Cli.ToString();
    }

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        var cli = WorkbookCli.Assembly;
        var start = new ProcessStartInfo("dotnet", [cli, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var workers = new Dictionary<int, Worker>();
        long cliPeak = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var exited = process.WaitForExitAsync(timeout.Token);
        while (!exited.IsCompleted)
        {
            cliPeak = Math.Max(cliPeak, PeakBytes(process.Id));
            foreach (var child in ChildrenOf(process.Id))
            {
                var peak = PeakBytes(child);
                workers[child] = workers.TryGetValue(child, out var known)
                    ? known with { LastSeen = clock.Elapsed, PeakBytes = Math.Max(known.PeakBytes, peak) }
                    : new Worker(child, clock.Elapsed, clock.Elapsed, peak);
            }
            await Task.WhenAny(exited, Task.Delay(25));
        }
        await exited;
        var result = new CliRunner.Result(process.ExitCode, await output, await error);
        return new Result(result, cliPeak, [.. workers.Values.OrderBy(w => w.FirstSeen)]);
    }

    /// <summary>True while <paramref name="id"/> is a live process (not gone, not a zombie).</summary>
    public static bool IsAlive(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            // pid (comm) state ppid ...: comm may hold spaces, so split after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && int.Parse(fields[1]) == parent) yield return id;
        }
    }

    private static long PeakBytes(int id)
    {
        try
        {
            var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
