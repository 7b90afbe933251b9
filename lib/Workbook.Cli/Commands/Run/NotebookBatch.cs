using Workbook.Rendering;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// The run step of <c>workbook run</c>: every planned notebook, each in a process of its own, up to
/// <see cref="RunSettings.Jobs"/> side by side; each notebook's outputs are written as soon as it finishes. Outcomes
/// come back in the plan's (name) order whatever order the notebooks finish in.
/// </summary>
internal static class NotebookBatch
{
    /// <summary>Runs and writes every notebook of <paramref name="plan"/> inside <paramref name="progress"/>'s display.</summary>
    public static async Task<IReadOnlyList<NotebookOutcome>> RunAsync(
        RunPlan plan, NotebookExecution execution, OutputWriting writing, RunProgress progress, CancellationToken cancellationToken)
    {
        var outcomes = new NotebookOutcome[plan.Notebooks.Count];
        // The report writer compiles while the first workers warm up, instead of after the first notebook. Awaited
        // below, so no task outlives the command; it never faults.
        var warmUp = ReportWarmUp.StartAsync();
        try
        {
            return await progress.WrapAsync<IReadOnlyList<NotebookOutcome>>(async () =>
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = plan.Settings.Jobs, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(Enumerable.Range(0, outcomes.Length), parallel, async (i, token) =>
                {
                    var run = await execution.RunAsync(plan.Notebooks[i], token);
                    outcomes[i] = await writing.WriteAsync(run, token);
                    progress.Finish(outcomes[i].Run);
                });
                return outcomes;
            });
        }
        finally
        {
            await warmUp;
        }
    }
}
