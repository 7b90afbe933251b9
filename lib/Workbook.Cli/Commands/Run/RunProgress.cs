using System.Globalization;
using Spectre.Console;
using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// Shows a run's progress: notebook, cell n/N and each cell's own time. A live Spectre.Console display on a
/// terminal (one row per notebook, so notebooks running side by side stay apart); plain lines when the output is
/// redirected or captured: one per cell when notebooks run one at a time, else one per notebook as it finishes.
/// Reports arrive from several notebooks at once, so every write is serialized.
/// </summary>
internal abstract class RunProgress : IProgress<CellProgress>
{
    protected readonly Lock Gate = new();

    public static RunProgress Create(TextWriter output, bool interactive, bool perCell) =>
        interactive ? new TerminalProgress() : new PlainProgress(output, perCell);

    /// <summary>Runs the whole batch inside the display.</summary>
    public abstract Task<T> WrapAsync<T>(Func<Task<T>> work);

    public abstract void Report(CellProgress value);

    public abstract void Finish(NotebookRun run);

    protected static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>"3/10", or "parameters after 2/10" for the injected cell.</summary>
    protected static string Position(CellProgress value) =>
        (value.Injected ? "parameters after " : "") + $"{value.CellNumber}/{value.CellCount}";

    protected static string Outcome(NotebookRun run) => run.FirstFailure is { } failed
        ? $"FAILED at cell {failed.Number}"
        : $"done, {run.Cells.Count(c => c.Status == CellStatus.Succeeded && !c.Injected)} cells{(run.FromCache ? " from cache" : "")}";

    private sealed class PlainProgress(TextWriter output, bool perCell) : RunProgress
    {
        public override Task<T> WrapAsync<T>(Func<Task<T>> work) => work();

        public override void Report(CellProgress value)
        {
            if (!perCell) return;
            var name = Path.GetFileName(value.NotebookPath);
            lock (Gate)
            {
                if (value.Status is not { } status)
                {
                    if (value.CellIndex == 0) output.WriteLine($"{name}: {value.CellCount} cells");
                    return;
                }
                output.WriteLine($"{name} [{Position(value)}] {value.Kernel} {status.ToString().ToLowerInvariant()} ({Seconds(value.Duration)})");
            }
        }

        public override void Finish(NotebookRun run)
        {
            lock (Gate) output.WriteLine($"{Path.GetFileName(run.SourcePath)}: {Outcome(run)} in {Seconds(run.Duration)}");
        }
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
            lock (Gate)
            {
                if (!tasks.TryGetValue(value.NotebookPath, out var task))
                {
                    task = context.AddTask(name, maxValue: value.CellCount);
                    tasks[value.NotebookPath] = task;
                }
                task.MaxValue = value.CellCount;
                task.Description = value.Status is null
                    ? $"{name} cell {Position(value)}"
                    : $"{name} cell {Position(value)} took {Seconds(value.Duration)}";
                if (value.Status is not null && !value.Injected) task.Value = value.CellNumber;
            }
        }

        public override void Finish(NotebookRun run)
        {
            lock (Gate)
            {
                if (!tasks.TryGetValue(run.SourcePath, out var task)) return;
                var name = Markup.Escape(Path.GetFileName(run.SourcePath));
                task.Description = run.Succeeded ? $"[green]{name}[/] done" : $"[red]{name} failed[/] at cell {run.FirstFailure!.Number}";
                task.StopTask();
            }
        }
    }
}
