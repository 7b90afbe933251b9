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

        Assert.Equal($"""
            out ok     a.dib: 2 cells succeeded in 2.0 s
            out ok     b.dib: 2 cells succeeded in 2.0 s
            out 2 notebook(s), 0 failed cell(s). Reports: {Index}
            exit 0
            """, Transcript(summary));
    }

    [Fact]
    public void A_failed_cell_is_named_with_its_line_column_and_stack_and_exits_1()
    {
        var error = new ErrorOutput("CS0103", "The name 'missing' does not exist in the current context", ["at cell 2", "at Submission#1"], 1, 14);
        var failing = new RunBuilder("/work/nb/fail.dib").Code("var ok = 1;").Failed("var broken = missing + ok;", error).Build();

        var summary = RunSummary.Of([Ok(Passing("a.dib")), Ok(failing)], Written, unreadable: 0);

        Assert.Equal($"""
            out ok     a.dib: 2 cells succeeded in 2.0 s
            err FAILED fail.dib, cell 2, line 1, column 14: CS0103: The name 'missing' does not exist in the current context
            err     at cell 2
            err     at Submission#1
            out 2 notebook(s), 1 failed cell(s). Reports: {Index}
            exit 1
            """, Transcript(summary));
    }

    [Fact]
    public void Skipped_cells_and_outputs_from_the_cache_are_said_with_the_cached_runs_time()
    {
        var cached = new RunBuilder("/work/nb/c.dib").Code("1").Skipped("let x = 1").Build() with { Duration = TimeSpan.FromSeconds(0.44), FromCache = true };

        var line = RunSummary.Of([Ok(cached)], Written, unreadable: 0).Lines[0];

        Assert.Equal(SummaryLine.Output("ok     c.dib: 1 cells succeeded, 1 skipped, outputs from cache, run of 2026-02-02 09:30:00 UTC (0.4 s)"), line);
    }

    [Theory]
    [InlineData(typeof(IOException), 2, "No space left on device The other notebooks' reports were kept.")]
    [InlineData(typeof(UnauthorizedAccessException), 2, "Access denied The other notebooks' reports were kept.")]
    [InlineData(typeof(InvalidOperationException), 1, "InvalidOperationException: the printer died")]
    public void An_output_not_written_costs_that_notebook_its_ok_line_exit_2_when_the_system_refused_it(Type problem, int exitCode, string reason)
    {
        var message = problem == typeof(InvalidOperationException) ? "the printer died" : reason.Split(" The other", 2)[0];
        var lost = OutputFailure.Of((Exception)Activator.CreateInstance(problem, message)!);

        var summary = RunSummary.Of([Ok(Passing("a.dib")), new NotebookOutcome(Passing("b.dib"), lost)], Written, unreadable: 0);

        Assert.Equal($"""
            out ok     a.dib: 2 cells succeeded in 2.0 s
            err FAILED b.dib: its output could not be written: {reason}
            out 2 notebook(s), 0 failed cell(s). Reports: {Index}
            exit {exitCode}
            """, Transcript(summary));
    }

    [Fact]
    public void A_refused_output_outranks_a_failed_cell()
    {
        var failing = new RunBuilder("/work/nb/f.dib").Failed("throw null;", new ErrorOutput("System.NullReferenceException", "boom", [])).Build();
        var refused = new NotebookOutcome(failing, OutputFailure.Of(new UnauthorizedAccessException("Access denied")));

        var summary = RunSummary.Of([refused], Written, unreadable: 0);

        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(["FAILED f.dib: its output could not be written: Access denied The other notebooks' reports were kept.", "FAILED f.dib, cell 1: System.NullReferenceException: boom"],
            summary.Lines.Where(l => l.IsError).Select(l => l.Text));
    }

    [Fact]
    public void An_index_not_written_is_marked_in_the_count_line_and_failed_after_it()
    {
        var index = new IndexOutcome(Index, OutputFailure.Of(new IOException("Is a directory")));

        Assert.Equal($"""
            out ok     a.dib: 2 cells succeeded in 2.0 s
            out 1 notebook(s), 0 failed cell(s). Reports: {Index} (not written)
            err FAILED index.html: its output could not be written: Is a directory The other notebooks' reports were kept.
            exit 2
            """, Transcript(RunSummary.Of([Ok(Passing("a.dib"))], index, unreadable: 0)));
    }

    [Fact]
    public void Notebooks_set_aside_as_unreadable_make_the_last_line_and_exit_2_though_the_others_passed()
    {
        var summary = RunSummary.Of([Ok(Passing("a.dib"))], Written, unreadable: 2);

        Assert.Equal((SummaryLine.Error("2 notebook(s) could not be read; the others ran."), 3, 2), (summary.Lines[^1], summary.Lines.Count, summary.ExitCode));
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

    // The summary as printed: each line after the stream it goes to ("out", "err"), then the exit code.
    private static string Transcript(RunSummary summary) =>
        string.Join('\n', summary.Lines.Select(l => (l.IsError ? "err " : "out ") + l.Text).Append($"exit {summary.ExitCode}"));
}
