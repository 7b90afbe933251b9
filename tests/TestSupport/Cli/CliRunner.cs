using System.Diagnostics;

namespace TestSupport.Cli;

/// <summary>Runs a real command line: in process (its entry point with captured writers) or as a child process.</summary>
public static class CliRunner
{
    /// <summary>What a run of a command line ended with.</summary>
    /// <param name="ExitCode">The process's (or entry point's) exit code.</param>
    /// <param name="Output">Everything written to standard output.</param>
    /// <param name="Error">Everything written to standard error.</param>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <inheritdoc />
        public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
    }

    /// <summary>Calls <paramref name="entry"/> (arguments, output, error → exit code) with captured writers.</summary>
    public static async Task<Result> InProcessAsync(Func<string[], TextWriter, TextWriter, Task<int>> entry, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await entry(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// <c>dotnet <paramref name="assembly"/> args</c> from <paramref name="workingDirectory"/>, with
    /// <paramref name="environment"/> set on top of this process's environment (a null value removes a variable).
    /// </summary>
    public static async Task<Result> ProcessAsync(
        string assembly, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        return await CommandAsync("dotnet", [assembly, .. args], workingDirectory, environment);
    }

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="args"/> from <paramref name="workingDirectory"/> (a wrapper
    /// such as <c>unshare</c> around the CLI), with <paramref name="environment"/> as <see cref="ProcessAsync"/> takes it.
    /// </summary>
    public static async Task<Result> CommandAsync(
        string program, IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>A scratch folder holding the given files (paths relative to it).</summary>
    public static string Folder(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "workbook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return folder;
    }
}
