using System.Diagnostics;
using Workbook.Cli.Commands;

namespace Workbook.Tests.Cli;

/// <summary>Runs the real <c>workbook</c> CLI, in process (captured writers) or as a child process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
    }

    public static async Task<Result> InProcessAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await WorkbookCommand.InvokeAsync(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>`dotnet Workbook.Cli.dll args` from <paramref name="workingDirectory"/>.</summary>
    public static Task<Result> ProcessAsync(string workingDirectory, params string[] args) =>
        ProcessAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>`dotnet Workbook.Cli.dll args` from <paramref name="workingDirectory"/>, with <paramref name="environment"/> added to its environment.</summary>
    public static async Task<Result> ProcessAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Workbook.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The repository root: the nearest folder above the test binaries holding MinerCapex.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MinerCapex.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException("MinerCapex.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string SmokeNotebook => Path.Combine(RepositoryRoot(), "tests", "Workbook.Tests", "Fixtures", "smoke.dib");

    /// <summary>A scratch folder holding the given notebook files.</summary>
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
