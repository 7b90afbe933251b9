using System.Text.Json.Nodes;
using Workbook.Cli.Commands.Run;
using Workbook.Execution;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>Writing one run's outputs: the report, then the .ipynb; a write that fails costs that notebook only.</summary>
public class OutputWritingTests
{
    [Fact]
    public async Task The_report_and_the_executed_ipynb_are_written_and_nothing_is_lost()
    {
        using var folder = new TempFolder();
        var run = Printing(folder, "a.dib", "forty-two");
        var settings = Prepared(folder);

        var outcome = await new OutputWriting(settings, printer: null).WriteAsync(run, CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal(run.SourcePath, outcome.Run.SourcePath);
        Assert.Contains("forty-two", File.ReadAllText(folder.File("html/a.html")));
        var executed = JsonNode.Parse(File.ReadAllText(folder.File("ipynb/a.ipynb")))!;
        Assert.Contains("forty-two", executed["cells"]!.ToJsonString());
    }

    [Fact]
    public async Task An_ipynb_folder_gone_after_planning_is_that_notebooks_failure_and_its_report_is_kept()
    {
        using var folder = new TempFolder();
        var run = Printing(folder, "a.dib", "forty-two");
        var settings = Prepared(folder);
        // Checked writable when the plan was prepared; replaced by a file while the notebook ran.
        Directory.Delete(folder.File("ipynb"));
        File.WriteAllText(folder.File("ipynb"), "a file now");

        var outcome = await new OutputWriting(settings, printer: null).WriteAsync(run, CancellationToken.None);

        var failure = Assert.IsType<OutputFailure>(outcome.Failure);
        Assert.True(failure.Unwritable);
        Assert.StartsWith("its output could not be written: ", failure.Message);
        Assert.EndsWith(" The other notebooks' reports were kept.", failure.Message);
        Assert.Contains("forty-two", File.ReadAllText(folder.File("html/a.html")));
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_writes_nothing_after_it_and_keeps_the_run_as_it_ran()
    {
        using var folder = new TempFolder();
        var run = Printing(folder, "a.dib", "forty-two");
        var settings = Prepared(folder);
        Directory.CreateDirectory(folder.File("html/a.html"));

        var outcome = await new OutputWriting(settings, printer: null).WriteAsync(run, CancellationToken.None);

        Assert.True(Assert.IsType<OutputFailure>(outcome.Failure).Unwritable);
        Assert.Same(run, outcome.Run);
        Assert.False(File.Exists(folder.File("ipynb/a.ipynb")));
    }

    [Fact]
    public async Task A_cancelled_write_is_not_a_failure_but_the_cancellation()
    {
        using var folder = new TempFolder();
        var run = Printing(folder, "a.dib", "forty-two");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new OutputWriting(Prepared(folder), printer: null).WriteAsync(run, cancelled.Token));
    }

    // A run of one code cell that printed text, as the engine records it, from a notebook in the folder.
    private static NotebookRun Printing(TempFolder folder, string name, string text) =>
        new RunBuilder(folder.File(name)).Code($"Console.WriteLine(\"{text}\");", RunBuilder.Stdout(text + "\n")).Build();

    // Settings writing to html/ and ipynb/ in the folder, prepared as the plan prepares them.
    private static RunSettings Prepared(TempFolder folder)
    {
        var settings = RunFixtures.Settings(folder.File("html"), folder.File("ipynb"), [folder.Path]);
        foreach (var (output, _) in settings.OutputFolders) Directory.CreateDirectory(output);
        return settings;
    }
}
