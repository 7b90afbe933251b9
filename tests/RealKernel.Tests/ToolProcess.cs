using System.Diagnostics;

namespace RealKernel.Tests;

/// <summary>A finished child process: exit code, what it printed, and how long it ran.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- out\n{Output}\n--- err\n{Error}";

    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>, killing it after <paramref name="limit"/>.</summary>
    public static async Task<ToolResult> RunAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        // The tools live in ~/.dotnet/tools, which a fresh shell may not have on PATH yet.
        start.Environment["PATH"] = $"{Environment.GetEnvironmentVariable("PATH")}:{Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools")}";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran longer than {limit.TotalMinutes} min:\n{await error}");
        }
        return new ToolResult(process.ExitCode, await output, await error, clock.Elapsed);
    }
}
