using Workbook.Cli.Commands.Run;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>
/// The run step over several notebooks in real worker processes: side by side up to <c>--jobs</c>, each written as it
/// finishes, the outcomes in name order whatever order they finish in, a write failure kept to its notebook.
/// </summary>
public sealed class NotebookBatchTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Notebooks_run_side_by_side_finish_in_their_own_order_and_come_back_in_name_order()
    {
        // a runs 3 s; b, beside it, finishes first.
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Slow(3_000));
        File.WriteAllText(folder.File("b.dib"), RunFixtures.Quick);
        var (outcomes, progress) = await RunAsync(RunFixtures.Settings(folder.File("reports"), null, [folder.Path]));

        Assert.Equal([folder.File("a.dib"), folder.File("b.dib")], outcomes.Select(o => o.Run.SourcePath));
        Assert.All(outcomes, o => Assert.True(o.Run.Succeeded && o.Failure is null, o.Run.Describe()));
        var finished = progress.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(["b.dib", "a.dib"], finished);
        Assert.True(File.Exists(folder.File("reports/a.html")));
        Assert.True(File.Exists(folder.File("reports/b.html")));
    }

    [Fact]
    public async Task One_notebook_at_a_time_finishes_in_name_order_and_a_failed_write_costs_only_its_notebook()
    {
        File.WriteAllText(folder.File("a.dib"), RunFixtures.Quick);
        File.WriteAllText(folder.File("b.dib"), RunFixtures.Slow(10));
        Directory.CreateDirectory(folder.File("reports/a.html"));
        var (outcomes, progress) = await RunAsync(RunFixtures.Settings(folder.File("reports"), null, [folder.Path]) with { Jobs = 1 });

        Assert.True(Assert.IsType<OutputFailure>(outcomes[0].Failure).Unwritable);
        Assert.Null(outcomes[1].Failure);
        Assert.Contains("slow", File.ReadAllText(folder.File("reports/b.html")));
        // One at a time, cell by cell: a's lines all come before b's.
        Assert.True(progress.IndexOf("a.dib: done", StringComparison.Ordinal) < progress.IndexOf("b.dib: 1 cells", StringComparison.Ordinal), progress);
    }

    public void Dispose() => folder.Dispose();

    // The plan of the settings, run with the plain progress display (per cell when one notebook runs at a time).
    private static async Task<(IReadOnlyList<NotebookOutcome> Outcomes, string Progress)> RunAsync(RunSettings settings)
    {
        var plan = RunFixtures.Plan(settings);
        plan.PrepareOutputFolders();
        var output = new StringWriter();
        var progress = RunProgress.Create(output, interactive: false, perCell: settings.Jobs == 1);
        var outcomes = await NotebookBatch.RunAsync(plan, new NotebookExecution(plan, progress, cache: null), new OutputWriting(settings, printer: null), progress, CancellationToken.None);
        return (outcomes, output.ToString());
    }
}
