using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Benchmarks.Engine;

/// <summary>
/// Cold runs: a new process per invocation, from process start to exit
/// (HTML report included). Setup builds lib/Workbook.Cli in Release, so the numbers are for the shipped code.
/// Each operation takes seconds, so one warm-up and five measured runs, in the benchmark process itself (no
/// generated project to build: on a loaded machine that build times out).
/// </summary>
[Config(typeof(ProcessConfig))]
public class CliProcessBenchmarks
{
    /// <summary>Seconds-long operations: one warm-up, five measured runs, in the benchmark process itself.</summary>
    internal sealed class ProcessConfig : ManualConfig
    {
        public ProcessConfig() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbook-bench", Guid.NewGuid().ToString("N"));
    private string cli = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        Run("dotnet", root, "build", Path.Combine(root, "lib", "Workbook.Cli"), "-c", "Release", "--nologo", "-v", "q");
        cli = Path.Combine(root, "lib", "Workbook.Cli", "bin", "Release", "net10.0", "Workbook.Cli.dll");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "one.dib"), "#!csharp\n\nConsole.WriteLine(1 + 1);\n");
        File.WriteAllText(Path.Combine(folder, "ten.dib"), TenCellNotebook.DibText());
        File.WriteAllText(Path.Combine(folder, "ten-cells.cs"), TenCellNotebook.FileBasedApp());
    }

    /// <summary>Process start to the first (only) cell done and the process gone.</summary>
    [Benchmark]
    public void ProcessStartToFirstCellDone() => Run("dotnet", folder, cli, "run", "one.dib", "--html", "reports");

    /// <summary>The ten-cell notebook in a new process.</summary>
    [Benchmark]
    public void TenCellNotebookCold() => Run("dotnet", folder, cli, "run", "ten.dib", "--html", "reports");

    /// <summary>
    /// The same code as a .NET 10 file-based app, <c>dotnet run ten-cells.cs</c>: Microsoft's suggested replacement.
    /// The warm-up iteration pays its one-off build; later runs reuse the cached build.
    /// </summary>
    [Benchmark]
    public void TenCellsAsFileBasedApp() => Run("dotnet", folder, "run", "ten-cells.cs");

    internal static void Run(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
    }

    internal static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "MinerCapex.slnx"))) return d.FullName;
        throw new InvalidOperationException("MinerCapex.slnx not found");
    }
}
