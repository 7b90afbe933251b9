using System.Diagnostics;
using System.Globalization;
using Workbook.Cli.Commands;
using Workbook.Execution;
using Workbook.Execution.Output;
using Workbook.Jupyter;
using Workbook.Tests.Execution;

namespace Workbook.Tests.Jupyter;

/// <summary>The kernel's engine starts its worker eagerly: at the kernel's start, not at its first cell.</summary>
public class WorkerEngineTests
{
    [Fact]
    public async Task The_worker_is_started_and_warmed_before_any_request_and_the_first_cell_runs_on_it()
    {
        await using var engine = new WorkerEngine(WorkerCommand.Launch, EngineRun.ScratchDirectory());

        // No cell has been sent: the worker exists and is ready all the same.
        var pid = await engine.WorkerReady.WaitAsync(TimeSpan.FromMinutes(2));
        using (var worker = Process.GetProcessById(pid))
            Assert.False(worker.HasExited);
        Assert.Contains(" worker ", " " + File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '), StringComparison.Ordinal);

        var output = new Outputs();
        var status = await engine.ExecuteAsync("Environment.ProcessId", 1, output, (_, _) => Task.FromResult<string?>(null), CancellationToken.None);

        Assert.Equal(CellStatus.Succeeded, status);
        var value = Assert.IsType<DisplayOutput>(Assert.Single(output.Added));
        Assert.Equal(pid.ToString(CultureInfo.InvariantCulture), value.Get("text/plain"));
    }

    private sealed class Outputs : ICellOutputListener
    {
        public List<CellOutput> Added { get; } = [];

        public void Write(string stream, string text)
        {
        }

        public void Add(CellOutput output)
        {
            lock (Added) Added.Add(output);
        }

        public bool Update(string displayId, IReadOnlyList<FormattedValue> values) => false;
    }
}
