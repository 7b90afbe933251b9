using Workbook.Cli.Commands.Run;
using Workbook.Execution;
using Workbook.Execution.Caching;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>The cache check and the run of one notebook, in a real worker process.</summary>
public class NotebookExecutionTests
{
    [Fact]
    public async Task A_notebook_runs_with_its_planned_parameters_and_reports_each_cell()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("p.dib"), RunFixtures.Parameterised);
        var plan = RunFixtures.Plan(RunFixtures.Settings(folder.File("reports"), null, [folder.Path], "n=50"));
        var progress = new Collected();

        var run = await new NotebookExecution(plan, progress, cache: null).RunAsync(plan.Notebooks[0], CancellationToken.None);

        Assert.True(run.Succeeded, run.Describe());
        Assert.False(run.FromCache);
        Assert.Equal(folder.File("p.dib"), run.SourcePath);
        Assert.Equal("50", run.Parameters["n"]);
        Assert.Contains("n", run.Overridden);
        Assert.Equal("1050\n", Assert.IsType<StreamOutput>(Assert.Single(run.Cells[^1].Outputs)).Text);
        Assert.Equal(run.Cells.Count, progress.Finished.Count);
    }

    [Fact]
    public async Task A_second_execution_with_the_cache_reuses_the_first_ones_outputs()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("p.dib"), RunFixtures.Parameterised);
        var plan = RunFixtures.Plan(RunFixtures.Settings(folder.File("reports"), null, [folder.Path]) with { Cache = true });
        var messages = new StringWriter();

        var first = await new NotebookExecution(plan, null, new ExecutionCache(messages)).RunAsync(plan.Notebooks[0], CancellationToken.None);
        var second = await new NotebookExecution(plan, null, new ExecutionCache(messages)).RunAsync(plan.Notebooks[0], CancellationToken.None);

        Assert.True(first.Succeeded, first.Describe());
        Assert.False(first.FromCache);
        Assert.True(second.FromCache, messages.ToString());
        Assert.Equal(first.StartedAt, second.StartedAt);
        Assert.Equal(first.Duration, second.Duration);
        Assert.Equal("42\n", Assert.IsType<StreamOutput>(Assert.Single(second.Cells[^1].Outputs)).Text);
    }

    /// <summary>The progress reports of finished cells.</summary>
    private sealed class Collected : IProgress<CellProgress>
    {
        public List<CellProgress> Finished { get; } = [];

        public void Report(CellProgress value)
        {
            lock (Finished)
            {
                if (value.Status is not null) Finished.Add(value);
            }
        }
    }
}
