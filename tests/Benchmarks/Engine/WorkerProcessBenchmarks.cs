using BenchmarkDotNet.Attributes;
using Workbook.Execution;
using Workbook.Hosting;
using Workbook.Execution.Output;
using Workbook.Outputs;

namespace Benchmarks.Engine;

/// <summary>
/// What a process of its own costs each notebook: start the Release worker (<c>dotnet Workbook.Cli.dll worker</c>)
/// in a folder, wait for it to be ready (runtime start, Roslyn warmed up), run one trivial cell, stop it. Compare
/// with <see cref="InProcessEngineBenchmarks"/>, where the same cell costs milliseconds in a warm session.
/// </summary>
[Config(typeof(CliProcessBenchmarks.ProcessConfig))]
public class WorkerProcessBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbook-bench", Guid.NewGuid().ToString("N"));
    private WorkerLaunch launch = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = CliProcessBenchmarks.RepositoryRoot();
        CliProcessBenchmarks.Run("dotnet", root, "build", Path.Combine(root, "lib", "Workbook.Cli"), "-c", "Release", "--nologo", "-v", "q");
        launch = WorkerLaunch.ForAssembly(Path.Combine(root, "lib", "Workbook.Cli", "bin", "Release", "net10.0", "Workbook.Cli.dll"));
        Directory.CreateDirectory(folder);
    }

    /// <summary>Worker start to ready, one trivial cell, shutdown: the per-notebook price of isolation.</summary>
    [Benchmark]
    public async Task<CellStatus> StartRunOneCellAndStop()
    {
        await using var engine = await EngineProcess.StartAsync(launch, folder, OutputLimits.Default);
        var outcome = await engine.RunCellAsync("1 + 1", 1, new Discard(), TimeSpan.FromMinutes(1));
        return outcome.Status == CellStatus.Succeeded ? outcome.Status : throw new InvalidOperationException("the cell failed");
    }

    private sealed class Discard : ICellOutputListener
    {
        public void Write(string stream, string text)
        {
        }

        public void Add(CellOutput output)
        {
        }

        public bool Update(string displayId, IReadOnlyList<FormattedValue> values) => true;
    }
}
