using BenchmarkDotNet.Attributes;
using Workbook.Execution;
using Workbook.Outputs;

namespace Benchmarks.Engine;

/// <summary>
/// The engine's own overhead inside one process: a trivial cell once the session is warm, and a whole
/// ten-cell notebook run again in a process that has already run it (Roslyn and the JIT warm).
/// </summary>
[MemoryDiagnoser]
public class InProcessEngineBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbook-bench", Guid.NewGuid().ToString("N"));
    private NotebookSession session = null!;
    private int cell;

    [GlobalSetup]
    public async Task Setup()
    {
        Directory.CreateDirectory(folder);
        session = new NotebookSession(folder);
        await Expect(session.RunAsync("var x = 1;", ++cell, RunOptions.DefaultCellTimeout));
        // First full run: pays Roslyn's and the JIT's start-up, so the benchmark below measures a warm run.
        var first = await NotebookRunner.RunAsync(TenCellNotebook.Notebook, Path.Combine(folder, "ten.dib"), new RunOptions());
        if (!first.Succeeded) throw new InvalidOperationException("The benchmark notebook failed.");
    }

    /// <summary>Compile and run <c>x + 1</c> in a session that has already run cells (its result is displayed).</summary>
    [Benchmark]
    public async Task<int> TrivialCellAfterTheFirst()
    {
        var (status, outputs) = await session.RunAsync("x + 1", ++cell, RunOptions.DefaultCellTimeout);
        return status == CellStatus.Succeeded ? outputs.Count : throw new InvalidOperationException("cell failed");
    }

    /// <summary>The ten-cell notebook in a new session, in a process that has run it before.</summary>
    [Benchmark]
    public async Task<NotebookRun> TenCellNotebookWarm()
    {
        var run = await NotebookRunner.RunAsync(TenCellNotebook.Notebook, Path.Combine(folder, "ten.dib"), new RunOptions());
        return run.Succeeded ? run : throw new InvalidOperationException("The benchmark notebook failed.");
    }

    private static async Task Expect(Task<(CellStatus Status, IReadOnlyList<CellOutput> Outputs)> cell)
    {
        if ((await cell).Status != CellStatus.Succeeded) throw new InvalidOperationException("setup cell failed");
    }
}
