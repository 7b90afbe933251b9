using Workbook.Cli.Commands;
using Workbook.Hosting;
using Workbook.Document;
using Workbook.Execution;

namespace Workbook.Tests.Execution;

public class CellExecutionTests
{
    [Fact]
    public async Task Variables_types_and_usings_carry_from_cell_to_cell()
    {
        var run = await EngineRun.CSharp(
            "var x = 41;",
            "record Point(int X, int Y);",
            "using System.Globalization;",
            "var p = new Point(x, 1);\n(p.X + p.Y).ToString(CultureInfo.InvariantCulture)");

        Assert.True(run.Succeeded, run.Describe());
        var shown = Assert.Single(run.Cells[3].Outputs<DisplayOutput>());
        Assert.True(shown.IsReturnValue);
        Assert.Equal("42", shown.Get("text/plain"));
    }

    [Fact]
    public async Task Default_usings_include_linq_text_and_tasks()
    {
        var run = await EngineRun.CSharp("var sb = new StringBuilder(); sb.Append(Enumerable.Range(1, 4).Sum()); await Task.Yield(); sb.ToString()");

        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal("10", run.Cells[0].Outputs<DisplayOutput>().Single().Get("text/plain"));
    }

    [Fact]
    public async Task Only_a_trailing_expression_is_displayed()
    {
        var run = await EngineRun.CSharp(
            "var y = 1;",
            "Console.WriteLine(y)",
            "y + 41",
            "await Task.FromResult(5)",
            "(object?)null",
            "\"a string\"");

        Assert.True(run.Succeeded, run.Describe());
        Assert.Empty(run.Cells[0].Outputs);
        Assert.Empty(run.Cells[1].Outputs<DisplayOutput>());
        Assert.Contains("<pre>42</pre>", run.Cells[2].Outputs<DisplayOutput>().Single().Get("text/html"));
        Assert.Contains("<pre>5</pre>", run.Cells[3].Outputs<DisplayOutput>().Single().Get("text/html"));
        Assert.Contains("&lt;null&gt;", run.Cells[4].Outputs<DisplayOutput>().Single().Get("text/html"));
        var text = run.Cells[5].Outputs<DisplayOutput>().Single();
        Assert.Equal("a string", text.Get("text/plain"));
        Assert.Null(text.Get("text/html"));
    }

    [Fact]
    public async Task Display_shows_values_and_update_replaces_them_in_place_even_from_a_later_cell()
    {
        var run = await EngineRun.CSharp(
            "var handle = display(\"first\", \"text/plain\");\nConsole.WriteLine(\"after\");\nhandle.Update(\"second\");",
            "handle.Update(\"third\");\nHTML(\"<b>bold</b>\").Display();\nnew { Name = \"Ann\" }.Display(\"text/plain\");\ndisplay(3)");

        Assert.True(run.Succeeded, run.Describe());
        var first = run.Cells[0];
        Assert.Collection(first.Outputs,
            o => Assert.Equal("third", Assert.IsType<DisplayOutput>(o).Get("text/plain")),
            o => Assert.Equal("after\n", Assert.IsType<StreamOutput>(o).Text));
        var displayed = run.Cells[1].Outputs<DisplayOutput>().ToList();
        Assert.Equal(3, displayed.Count);
        Assert.Equal("<b>bold</b>", displayed[0].Get("text/html"));
        Assert.Contains("Name: Ann", displayed[1].Get("text/plain"));
        Assert.Null(displayed[1].Get("text/html"));
        Assert.Contains("<pre>3</pre>", displayed[2].Get("text/html"));
        Assert.All(displayed, d => Assert.False(d.IsReturnValue));
        Assert.NotNull(displayed[2].DisplayId);
    }

    [Fact]
    public async Task Compiler_warnings_go_to_stderr_before_the_cell_runs_as_the_kernel_prints_them()
    {
        var run = await EngineRun.CSharp("string? name = \"x\";\nConsole.WriteLine(name);", "1 + 1");

        Assert.True(run.Succeeded, run.Describe());
        Assert.Collection(run.Cells[0].Outputs,
            o => Assert.Equal(
                "\n(1,7): warning CS8632: The annotation for nullable reference types should only be used in code within a '#nullable' annotations context.\n\n",
                Assert.IsType<StreamOutput>(o) is { Name: "stderr" } s ? s.Text : null),
            o => Assert.Equal("x\n", Assert.IsType<StreamOutput>(o).Text));
        Assert.Empty(run.Cells[1].Outputs<StreamOutput>());
    }

    [Fact]
    public async Task Console_output_is_captured_per_cell_including_from_tasks_the_cell_started()
    {
        var run = await EngineRun.CSharp(
            "Console.WriteLine(\"out\");\nConsole.Error.WriteLine(\"err\");\nawait Task.Run(() => Console.Write(\"pool\"));\nvar late = Task.Run(async () => { await Task.Delay(300); Console.WriteLine(\"late\"); });",
            "await late;\nConsole.WriteLine(\"second\");");

        Assert.True(run.Succeeded, run.Describe());
        var first = run.Cells[0];
        Assert.Equal("out\npoollate\n", first.Stdout());
        Assert.Equal("err\n", first.Outputs<StreamOutput>().Single(s => s.Name == "stderr").Text);
        Assert.Equal("second\n", run.Cells[1].Stdout());
    }

    [Fact]
    public async Task A_compile_error_reports_the_position_within_the_cell_even_after_magic_lines_and_keeps_the_state()
    {
        var run = await EngineRun.CSharp(
            new RunOptions { ContinueOnError = true },
            "var x = 1;",
            "#!time\nx = 2;\n\n    var b = undefinedName + 1;",
            "x");

        var error = run.Cells[1].Error();
        Assert.Equal(CellStatus.Failed, run.Cells[1].Status);
        Assert.Equal("CS0103", error.ErrorType);
        Assert.Contains("undefinedName", error.Message);
        Assert.Equal(4, error.Line);
        Assert.Equal(13, error.Column);
        Assert.Equal(CellStatus.Succeeded, run.Cells[2].Status);
        Assert.Contains("<pre>1</pre>", run.Cells[2].Outputs<DisplayOutput>().Single().Get("text/html"));
    }

    [Fact]
    public async Task A_runtime_error_reports_type_message_and_only_the_frames_inside_the_cell()
    {
        var run = await EngineRun.CSharp(
            "int Divide(int a, int b) => a / b;\n\nvar total = 0;\ntotal = Divide(1, total);",
            "total");

        var cell = run.Cells[0];
        Assert.Equal(CellStatus.Failed, cell.Status);
        var error = cell.Error();
        Assert.Equal("System.DivideByZeroException", error.ErrorType);
        Assert.Equal("Attempted to divide by zero.", error.Message);
        Assert.Equal(["at Divide(Int32, Int32) in cell 1, line 1", "at cell code in cell 1, line 4"], error.StackTrace);
        Assert.Equal(1, error.Line);
        Assert.Equal(CellStatus.Skipped, run.Cells[1].Status);
        Assert.False(run.Succeeded);
        Assert.Same(cell, run.FirstFailure);
    }

    [Fact]
    public async Task A_runaway_cell_times_out_is_named_and_the_session_runs_no_more_csharp()
    {
        await EngineRun.CSharp("1"); // compiles once, so the short limit below times the runaway cell, not Roslyn's warm-up
        var run = await EngineRun.Cells(
            new RunOptions { CellTimeout = TimeSpan.FromSeconds(3), ContinueOnError = true },
            Documents.Cell("csharp", "var n = 1;"),
            Documents.Cell("csharp", "System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"),
            Documents.Cell("markdown", "# still rendered"),
            Documents.Cell("csharp", "n"));

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Succeeded, CellStatus.Skipped], run.Cells.Select(c => c.Status));
        var error = run.Cells[1].Error();
        Assert.Equal("Timeout", error.ErrorType);
        Assert.StartsWith("Cell 2 did not finish within 3 s", error.Message);
        Assert.InRange(run.Cells[1].Duration, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task The_run_stops_at_the_first_failed_cell_unless_told_to_continue()
    {
        string[] cells = ["var a = 1;", "throw new Exception(\"stop\");", "a + 1"];

        var stopped = await EngineRun.CSharp(cells);
        var continued = await EngineRun.CSharp(new RunOptions { ContinueOnError = true }, cells);

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Skipped], stopped.Cells.Select(c => c.Status));
        Assert.Equal(TimeSpan.Zero, stopped.Cells[2].Duration);
        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Succeeded], continued.Cells.Select(c => c.Status));
    }

    [Fact]
    public async Task In_a_worker_the_working_directory_is_the_notebook_folder_and_this_process_keeps_its_own()
    {
        var before = Environment.CurrentDirectory;
        var worker = await EngineRun.CSharp(
            new RunOptions { Worker = new WorkerProcesses(WorkerCommand.Launch) },
            "Environment.CurrentDirectory",
            $"Environment.GetEnvironmentVariable(\"{EngineProcess.NotebookFolderVariable}\")");
        var inProcess = await EngineRun.CSharp("Environment.CurrentDirectory");

        var folder = Path.GetDirectoryName(worker.SourcePath);
        Assert.Equal([folder, folder], worker.Cells.Select(c => c.Outputs<DisplayOutput>().Single().Get("text/plain")));
        Assert.Equal(before, inProcess.Cells[0].Outputs<DisplayOutput>().Single().Get("text/plain"));
        Assert.Equal(before, Environment.CurrentDirectory);
    }
}
