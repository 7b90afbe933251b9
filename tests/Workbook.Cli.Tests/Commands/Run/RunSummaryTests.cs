using Microsoft.DotNet.Interactive.Documents;
using Workbook.Cli.Commands.Run;
using Workbook.Execution;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>
/// The summary step: the lines <c>workbook run</c> prints at the end and its exit code, a pure function of the
/// outcomes, the index and the notebooks set aside, checked line by line on runs built as the engine records them.
/// </summary>
public class RunSummaryTests
{
    private const string Index = "/work/reports/index.html";
    private static readonly IndexOutcome Written = new(Index, null);

    [Fact]
    public void Every_cell_succeeded_lists_each_notebook_then_the_count_and_exits_0()
    {
        var summary = RunSummary.Of([Ok(Passing("a.dib")), Ok(Passing("b.dib"))], Written, unreadable: 0);

        Assert.Equal(
        [
            SummaryLine.Output("ok     a.dib: 2 cells succeeded in 2.0 s"),
            SummaryLine.Output("ok     b.dib: 2 cells succeeded in 2.0 s"),
            SummaryLine.Output($"2 notebook(s), 0 failed cell(s). Reports: {Index}"),
        ], summary.Lines);
        Assert.Equal(0, summary.ExitCode);
    }

    [Fact]
    public void A_failed_cell_is_named_with_its_line_column_and_stack_and_exits_1()
    {
        var failing = Ok(new RunBuilder("/work/nb/fail.dib")
            .Code("var ok = 1;")
            .Failed("var broken = missing + ok;", new ErrorOutput("CS0103", "The name 'missing' does not exist in the current context", ["at cell 2", "at Submission#1"], 1, 14))
            .Build());

        var summary = RunSummary.Of([Ok(Passing("a.dib")), failing], Written, unreadable: 0);

        Assert.Equal(
        [
            SummaryLine.Output("ok     a.dib: 2 cells succeeded in 2.0 s"),
            SummaryLine.Error("FAILED fail.dib, cell 2, line 1, column 14: CS0103: The name 'missing' does not exist in the current context"),
            SummaryLine.Error("    at cell 2"),
            SummaryLine.Error("    at Submission#1"),
            SummaryLine.Output($"2 notebook(s), 1 failed cell(s). Reports: {Index}"),
        ], summary.Lines);
        Assert.Equal(1, summary.ExitCode);
    }

    [Fact]
    public void Skipped_cells_and_outputs_from_the_cache_are_said_with_the_cached_runs_time()
    {
        var cached = new RunBuilder("/work/nb/c.dib").Code("1").Skipped("let x = 1").Build() with { Duration = TimeSpan.FromSeconds(0.44), FromCache = true };

        var summary = RunSummary.Of([Ok(cached)], Written, unreadable: 0);

        Assert.Equal("ok     c.dib: 1 cells succeeded, 1 skipped, outputs from cache, run of 2026-02-02 09:30:00 UTC (0.4 s)", summary.Lines[0].Text);
        Assert.Equal(0, summary.ExitCode);
    }

    [Fact]
    public void An_output_the_system_refused_costs_that_notebook_its_ok_line_and_exits_2()
    {
        var lost = OutputFailure.Of(new IOException("No space left on device"));

        var summary = RunSummary.Of([Ok(Passing("a.dib")), new NotebookOutcome(Passing("b.dib"), lost)], Written, unreadable: 0);

        Assert.Equal(
        [
            SummaryLine.Output("ok     a.dib: 2 cells succeeded in 2.0 s"),
            SummaryLine.Error("FAILED b.dib: its output could not be written: No space left on device The other notebooks' reports were kept."),
            SummaryLine.Output($"2 notebook(s), 0 failed cell(s). Reports: {Index}"),
        ], summary.Lines);
        Assert.Equal(2, summary.ExitCode);
    }

    [Fact]
    public void An_output_the_engine_failed_to_write_exits_1()
    {
        var lost = OutputFailure.Of(new InvalidOperationException("the printer died"));

        var summary = RunSummary.Of([new NotebookOutcome(Passing("a.dib"), lost)], Written, unreadable: 0);

        Assert.Equal(SummaryLine.Error("FAILED a.dib: its output could not be written: InvalidOperationException: the printer died"), summary.Lines[0]);
        Assert.Equal(2, summary.Lines.Count);
        Assert.Equal(1, summary.ExitCode);
    }

    [Fact]
    public void A_refused_output_outranks_a_failed_cell()
    {
        var failing = new RunBuilder("/work/nb/f.dib").Failed("throw null;", new ErrorOutput("System.NullReferenceException", "boom", [])).Build();

        var summary = RunSummary.Of([new NotebookOutcome(failing, OutputFailure.Of(new UnauthorizedAccessException("Access denied")))], Written, unreadable: 0);

        Assert.Equal(
        [
            SummaryLine.Error("FAILED f.dib: its output could not be written: Access denied The other notebooks' reports were kept."),
            SummaryLine.Error("FAILED f.dib, cell 1: System.NullReferenceException: boom"),
            SummaryLine.Output($"1 notebook(s), 1 failed cell(s). Reports: {Index}"),
        ], summary.Lines);
        Assert.Equal(2, summary.ExitCode);
    }

    [Fact]
    public void An_index_not_written_is_marked_in_the_count_line_and_failed_after_it()
    {
        var index = new IndexOutcome(Index, OutputFailure.Of(new IOException("Is a directory")));

        var summary = RunSummary.Of([Ok(Passing("a.dib"))], index, unreadable: 0);

        Assert.Equal(
        [
            SummaryLine.Output("ok     a.dib: 2 cells succeeded in 2.0 s"),
            SummaryLine.Output($"1 notebook(s), 0 failed cell(s). Reports: {Index} (not written)"),
            SummaryLine.Error("FAILED index.html: its output could not be written: Is a directory The other notebooks' reports were kept."),
        ], summary.Lines);
        Assert.Equal(2, summary.ExitCode);
    }

    [Fact]
    public void Notebooks_set_aside_as_unreadable_make_the_last_line_and_exit_2_though_the_others_passed()
    {
        var summary = RunSummary.Of([Ok(Passing("a.dib"))], Written, unreadable: 2);

        Assert.Equal(SummaryLine.Error("2 notebook(s) could not be read; the others ran."), summary.Lines[^1]);
        Assert.Equal(3, summary.Lines.Count);
        Assert.Equal(2, summary.ExitCode);
    }

    [Fact]
    public void Describe_names_the_injected_parameters_cell_and_a_failure_without_an_error()
    {
        var cell = new InteractiveDocumentElement("var n = WULF;", "csharp", []);
        var injected = new CellResult(2, cell, CellStatus.Failed, [new ErrorOutput("CS0103", "The name 'WULF' does not exist in the current context", [], 2, 11)], TimeSpan.Zero)
        {
            Number = 1,
            Injected = true,
        };
        var silent = new CellResult(2, cell, CellStatus.Failed, [], TimeSpan.Zero);

        Assert.Equal("the parameters injected after cell 1, line 2, column 11: CS0103: The name 'WULF' does not exist in the current context", RunSummary.Describe(injected));
        Assert.Equal("cell 3 failed", RunSummary.Describe(silent));
    }

    [Fact]
    public async Task WriteAsync_sends_each_line_to_its_stream_in_order()
    {
        var summary = new RunSummary([SummaryLine.Error("first"), SummaryLine.Output("second"), SummaryLine.Error("third")], 1);
        var output = new StringWriter();
        var error = new StringWriter();

        await summary.WriteAsync(output, error);

        Assert.Equal("second\n", output.ToString());
        Assert.Equal("first\nthird\n", error.ToString());
    }

    private static NotebookRun Passing(string name) =>
        new RunBuilder($"/work/nb/{name}").Code("var x = 1;").Code("x + 1").Build() with { Duration = TimeSpan.FromSeconds(2.04) };

    private static NotebookOutcome Ok(NotebookRun run) => new(run, null);
}
