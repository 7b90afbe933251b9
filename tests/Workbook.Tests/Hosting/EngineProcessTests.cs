using System.Diagnostics;
using Workbook.Cli.Commands;
using Workbook.Execution;
using Workbook.Execution.Output;
using Workbook.Hosting;
using Workbook.Tests.Execution;

namespace Workbook.Tests.Hosting;

/// <summary>The parent side of a real worker process, as a kernel drives it: live outputs, display updates, input, state.</summary>
public class EngineProcessTests
{
    [Fact]
    public async Task Outputs_arrive_while_the_cell_still_runs_and_state_carries_over()
    {
        var folder = EngineRun.ScratchDirectory();
        await using var engine = await EngineProcess.StartAsync(WorkerCommand.Launch, folder, OutputLimits.Default);
        var listener = new RecordingListener();

        var first = await engine.RunCellAsync("var greeting = \"hello\";", 1, listener, TimeSpan.FromMinutes(1));
        var second = await engine.RunCellAsync("Console.WriteLine(greeting);\nSystem.Threading.Thread.Sleep(4000);\ngreeting.Length", 2, listener, TimeSpan.FromMinutes(1));
        var finished = listener.Elapsed; // the same clock as the arrival times

        Assert.Equal(CellStatus.Succeeded, first.Status);
        Assert.Equal(CellStatus.Succeeded, second.Status);
        Assert.Equal("hello\n", string.Concat(listener.Writes.Select(w => w.Text)));
        // The line is written just before a 4 s sleep: arriving more than 2 s before the cell finished proves it was streamed,
        // not buffered until the end.
        var at = listener.Writes[^1].At;
        Assert.True(finished - at > TimeSpan.FromSeconds(2), $"the line arrived at {at}, the cell finished at {finished}");
        var value = Assert.IsType<DisplayOutput>(Assert.Single(listener.Outputs));
        Assert.True(value.IsReturnValue);
        Assert.Contains("<pre>5</pre>", value.Get("text/html"));
        Assert.InRange(second.Duration, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(30));
        Assert.True(engine.StartupTime > engine.WarmUpTime, $"start {engine.StartupTime}, warm-up {engine.WarmUpTime}");
    }

    [Fact]
    public async Task A_later_cell_updates_an_earlier_cells_display_by_its_id()
    {
        await using var engine = await EngineProcess.StartAsync(WorkerCommand.Launch, EngineRun.ScratchDirectory(), OutputLimits.Default);
        var earlier = new RecordingListener();
        var later = new RecordingListener();

        await engine.RunCellAsync("var handle = display(\"draft\");", 1, earlier, TimeSpan.FromMinutes(1));
        await engine.RunCellAsync("handle.Update(\"final\");", 2, later, TimeSpan.FromMinutes(1));

        var shown = Assert.IsType<DisplayOutput>(Assert.Single(earlier.Outputs));
        var (id, values) = Assert.Single(earlier.Updates);
        Assert.Equal(shown.DisplayId, id);
        Assert.Equal("final", values.Single(v => v.MimeType == "text/plain").Value);
        Assert.Empty(later.Outputs);
        Assert.Empty(later.Updates);
    }

    [Fact]
    public async Task Input_requests_go_to_the_callback_with_the_prompt()
    {
        await using var engine = await EngineProcess.StartAsync(WorkerCommand.Launch, EngineRun.ScratchDirectory(), OutputLimits.Default);
        var requests = new List<InputRequest>();
        engine.AnswerInput = (request, _) =>
        {
            requests.Add(request);
            return Task.FromResult<string?>("Ada");
        };
        var listener = new RecordingListener();

        var outcome = await engine.RunCellAsync("Console.Write(\"Name? \");\nvar name = Console.ReadLine();\nConsole.WriteLine($\"hi {name}\");", 4, listener, TimeSpan.FromMinutes(1));

        Assert.Equal(CellStatus.Succeeded, outcome.Status);
        Assert.Equal([new InputRequest(4, "Name? ")], requests);
        Assert.Equal("Name? hi Ada\n", string.Concat(listener.Writes.Select(w => w.Text)));
    }

    [Fact]
    public async Task A_compile_error_keeps_its_line_and_column_and_the_process_lives_on()
    {
        await using var engine = await EngineProcess.StartAsync(WorkerCommand.Launch, EngineRun.ScratchDirectory(), OutputLimits.Default);
        var listener = new RecordingListener();

        var failed = await engine.RunCellAsync("var x = 1;\nvar y = missing;", 7, listener, TimeSpan.FromMinutes(1));
        var next = await engine.RunCellAsync("x + 1", 8, listener, TimeSpan.FromMinutes(1));

        Assert.Equal(CellStatus.Failed, failed.Status);
        var error = Assert.IsType<ErrorOutput>(listener.Outputs[0]);
        Assert.Equal(("CS0103", 2, 9), (error.ErrorType, error.Line, error.Column));
        Assert.Equal(CellStatus.Failed, next.Status); // x was never assigned: the failed cell left the state as it was
        Assert.False(engine.HasExited);
        Assert.Null(engine.AbandonedBy);
    }

    private sealed class RecordingListener : ICellOutputListener
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();

        public TimeSpan Elapsed => clock.Elapsed;

        public List<(string Text, TimeSpan At)> Writes { get; } = [];

        public List<CellOutput> Outputs { get; } = [];

        public List<(string Id, IReadOnlyList<FormattedValue> Values)> Updates { get; } = [];

        public void Write(string stream, string text)
        {
            lock (Writes) Writes.Add((text, clock.Elapsed));
        }

        public void Add(CellOutput output)
        {
            lock (Outputs) Outputs.Add(output);
        }

        public bool Update(string displayId, IReadOnlyList<FormattedValue> values)
        {
            lock (Updates) Updates.Add((displayId, values));
            return true;
        }
    }
}
