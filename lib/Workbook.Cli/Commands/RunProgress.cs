using System.Globalization;
using Spectre.Console;
using Workbook.Execution;

namespace Workbook.Cli.Commands;

/// <summary>
/// Shows a run's progress: notebook, cell n/N and elapsed time. A live Spectre.Console display on a terminal;
/// plain lines (one per cell) when the output is redirected or captured.
/// </summary>
internal abstract class RunProgress : IProgress<CellProgress>
{
    public static RunProgress Create(TextWriter output, bool interactive) =>
        interactive ? new TerminalProgress() : new PlainProgress(output);

    /// <summary>Runs the whole batch inside the display.</summary>
    public abstract Task<T> WrapAsync<T>(Func<Task<T>> work);

    public abstract void Report(CellProgress value);

    public abstract void Finish(NotebookRun run);

    protected static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private sealed class PlainProgress(TextWriter output) : RunProgress
    {
        public override Task<T> WrapAsync<T>(Func<Task<T>> work) => work();

        public override void Report(CellProgress value)
        {
            var name = Path.GetFileName(value.NotebookPath);
            if (value.Status is not { } status)
            {
                if (value.CellIndex == 0) output.WriteLine($"{name}: {value.CellCount} cells");
                return;
            }
            output.WriteLine($"{name} [{value.CellIndex + 1}/{value.CellCount}] {value.Kernel} {status.ToString().ToLowerInvariant()} ({Seconds(value.Elapsed)})");
        }

        public override void Finish(NotebookRun run) =>
            output.WriteLine($"{Path.GetFileName(run.SourcePath)}: {(run.Succeeded ? "done" : "FAILED")} in {Seconds(run.Duration)}");
    }

    private sealed class TerminalProgress : RunProgress
    {
        private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);
        private ProgressContext? context;

        public override Task<T> WrapAsync<T>(Func<Task<T>> work) =>
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    context = progress;
                    return await work();
                });

        public override void Report(CellProgress value)
        {
            if (context is null) return;
            var name = Markup.Escape(Path.GetFileName(value.NotebookPath));
            if (!tasks.TryGetValue(value.NotebookPath, out var task))
            {
                task = context.AddTask(name, maxValue: value.CellCount);
                tasks[value.NotebookPath] = task;
            }
            task.MaxValue = value.CellCount;
            task.Description = $"{name} cell {value.CellIndex + 1}/{value.CellCount}";
            if (value.Status is not null) task.Value = value.CellIndex + 1;
        }

        public override void Finish(NotebookRun run)
        {
            if (!tasks.TryGetValue(run.SourcePath, out var task)) return;
            var name = Markup.Escape(Path.GetFileName(run.SourcePath));
            task.Description = run.Succeeded ? $"[green]{name}[/] done" : $"[red]{name} failed[/] at cell {run.FirstFailure!.Index + 1}";
            task.StopTask();
        }
    }
}
