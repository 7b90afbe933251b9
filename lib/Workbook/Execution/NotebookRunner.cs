using System.Diagnostics;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using Workbook.Execution.Output;
using Workbook.Execution.Packages;
using Workbook.Execution.Parameters;

namespace Workbook.Execution;

/// <summary>
/// Runs a notebook top to bottom in a fresh <see cref="NotebookSession"/>: document in, <see cref="NotebookRun"/> out.
/// C# cells run; markdown cells are kept for the report to render; html cells are passed through as an HTML
/// display; cells of other kernels are not supported here. The process's working directory is the notebook's
/// folder while it runs (as in VS Code), so notebooks in one process run one at a time.
/// </summary>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Kernel names that map to C#.</summary>
    public static bool IsCSharp(string kernel) => kernel is "csharp" or "c#" or "C#" or "cs";

    /// <summary>
    /// Runs <paramref name="document"/>, read from <paramref name="path"/> (relative paths in it resolve against that
    /// file's folder).
    /// </summary>
    /// <exception cref="NotebookParameterException">A <c>-p</c> name the notebook does not declare, or a value its type cannot take.</exception>
    public static async Task<NotebookRun> RunAsync(
        InteractiveDocument document,
        string path,
        RunOptions options,
        IProgress<CellProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var (effective, parameters, overridden) = NotebookParameters.Apply(document, options.Parameters);
        var directory = Path.GetDirectoryName(fullPath)!;

        await oneAtATime.WaitAsync(cancellationToken);
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory;
            var session = new NotebookSession(directory, new PackageRestorer(options.PackageCacheDirectory));
            var startedAt = DateTimeOffset.Now;
            var clock = Stopwatch.StartNew();
            var sinks = new CellOutputSink[effective.Elements.Count];
            var statuses = new CellStatus[effective.Elements.Count];
            var durations = new TimeSpan[effective.Elements.Count];
            var stopped = false;

            for (var i = 0; i < effective.Elements.Count; i++)
            {
                var cell = effective.Elements[i];
                sinks[i] = new CellOutputSink();
                progress?.Report(new CellProgress(fullPath, i, effective.Elements.Count, cell.Kernel(), null, clock.Elapsed));
                var cellClock = Stopwatch.StartNew();
                statuses[i] = stopped ? CellStatus.Skipped : await RunCellAsync(cell, i, session, sinks[i], options, cancellationToken);
                durations[i] = statuses[i] == CellStatus.Skipped ? TimeSpan.Zero : cellClock.Elapsed;
                stopped |= statuses[i] == CellStatus.Failed && !options.ContinueOnError;
                progress?.Report(new CellProgress(fullPath, i, effective.Elements.Count, cell.Kernel(), statuses[i], clock.Elapsed));
            }

            // Outputs are read last: a display handle may have been updated by a later cell.
            var results = effective.Elements
                .Select((cell, i) => new CellResult(i, cell, statuses[i], sinks[i].Snapshot(), durations[i]))
                .ToList();
            return new NotebookRun(fullPath, effective, results, startedAt, clock.Elapsed, parameters, overridden);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            oneAtATime.Release();
        }
    }

    private static async Task<CellStatus> RunCellAsync(
        InteractiveDocumentElement cell, int index, NotebookSession session, CellOutputSink sink, RunOptions options, CancellationToken cancellationToken)
    {
        if (cell.IsMarkdown()) return CellStatus.Succeeded;
        if (cell.Kernel() == "html")
        {
            sink.Add(new DisplayOutput([new FormattedValue("text/html", cell.Contents)], DisplayId: null, IsReturnValue: false));
            return CellStatus.Succeeded;
        }
        if (!IsCSharp(cell.Kernel()))
        {
            if (options.SkipUnsupported) return CellStatus.Skipped;
            sink.Add(new ErrorOutput(
                "UnsupportedKernel",
                $"Cell {index + 1} is a '{cell.Kernel()}' cell; this engine runs only C#, markdown and html cells (use --skip-unsupported to skip such cells).",
                []));
            return CellStatus.Failed;
        }
        if (session.AbandonedBy is not null) return CellStatus.Skipped;
        return await session.RunAsync(cell.Contents, index + 1, sink, options.CellTimeout, cancellationToken);
    }
}
