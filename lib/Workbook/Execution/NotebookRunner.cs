using System.Diagnostics;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using Workbook.Execution.Output;
using Workbook.Execution.Packages;
using Workbook.Execution.Parameters;
using Workbook.Outputs;
using Workbook.Provenance;

namespace Workbook.Execution;

/// <summary>
/// Runs a notebook top to bottom on a fresh C# state: document in, <see cref="NotebookRun"/> out. C# cells run;
/// markdown cells are kept for the report to render; html cells are passed through as an HTML display; cells of
/// other kernels are not supported here.
/// <para>
/// With <see cref="RunOptions.Worker"/> the C# cells run in a process of the notebook's own, started in the
/// notebook's folder (<see cref="CellHostFactory"/>): whatever a cell does to its process, the run records it as
/// that cell's failure and returns. Without, they run in this process. Either way this process's current directory
/// is never changed, so notebooks can run side by side.
/// </para>
/// <para>
/// The data folder is chosen once, by <see cref="DataFolder"/>'s rule, before any cell runs: a worker gets it as
/// <c>WORKBOOK_DATA</c>, and the run records it with its fingerprint in its <see cref="RunProvenance"/>, captured once
/// before the first cell.
/// </para>
/// </summary>
public static class NotebookRunner
{
    /// <summary>Kernel names that map to C#.</summary>
    public static bool IsCSharp(string kernel) => kernel is "csharp" or "c#" or "C#" or "cs";

    /// <summary>
    /// Runs <paramref name="document"/>, read from <paramref name="path"/> (relative paths in it resolve against that
    /// file's folder).
    /// </summary>
    /// <exception cref="NotebookParameterException">A <c>-p</c> name the notebook does not declare, or a value its type cannot take.</exception>
    public static Task<NotebookRun> RunAsync(
        InteractiveDocument document,
        string path,
        RunOptions options,
        IProgress<CellProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var notebook = NotebookParameters.Apply(document, options.Parameters);
        var applied = options with { Parameters = [] };
        return RunAsync(notebook, ProvenanceOf(notebook, path, applied), path, applied, progress, cancellationToken);
    }

    /// <summary>
    /// The provenance of running <paramref name="notebook"/> (read from <paramref name="path"/>) with
    /// <paramref name="options"/> now: its data folder by <see cref="DataFolder.ForRun"/>'s rule, fingerprinted through
    /// <paramref name="fingerprints"/> so that notebooks sharing a folder hash it once.
    /// </summary>
    public static RunProvenance ProvenanceOf(AppliedParameters notebook, string path, RunOptions options, DataFingerprints? fingerprints = null)
    {
        var fullPath = Path.GetFullPath(path);
        return RunProvenance.Capture(fullPath, DataFolder.ForRun(Path.GetDirectoryName(fullPath)!, options), notebook.Values, fingerprints);
    }

    /// <summary>
    /// Runs a notebook whose parameters are already applied (<see cref="NotebookParameters.Apply"/>), as a command that
    /// checks every notebook's overrides before running any does, with the provenance captured for it
    /// (<see cref="ProvenanceOf"/>): the one its cache key was computed from, when there is a cache.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> carries overrides too, which would be applied twice.</exception>
    public static async Task<NotebookRun> RunAsync(
        AppliedParameters notebook,
        RunProvenance provenance,
        string path,
        RunOptions options,
        IProgress<CellProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (options.Parameters.Count > 0)
            throw new ArgumentException("The notebook's parameters are applied already; RunOptions.Parameters must be empty.", nameof(options));
        var fullPath = Path.GetFullPath(path);
        var effective = notebook.Document;
        var directory = Path.GetDirectoryName(fullPath)!;
        var injectedAt = notebook.InjectedAt;
        var sourceCells = effective.Elements.Count - (injectedAt < 0 ? 0 : 1);
        int NumberOf(int i) => injectedAt < 0 || i < injectedAt ? i + 1 : i;

        var dataDirectory = provenance.DataDirectory;
        var budget = new OutputBudget(options.OutputLimits);
        var host = new LazyHost(directory, dataDirectory, options, budget);
        await using var _ = host;
        var clock = Stopwatch.StartNew();
        var sinks = new CellOutputSink[effective.Elements.Count];
        var statuses = new CellStatus[effective.Elements.Count];
        var durations = new TimeSpan[effective.Elements.Count];
        var stopped = false;

        for (var i = 0; i < effective.Elements.Count; i++)
        {
            var cell = effective.Elements[i];
            var number = NumberOf(i);
            sinks[i] = new CellOutputSink(budget);
            progress?.Report(new CellProgress(fullPath, i, sourceCells, cell.Kernel(), null, clock.Elapsed, number, i == injectedAt, TimeSpan.Zero));
            var cellClock = Stopwatch.StartNew();
            statuses[i] = stopped ? CellStatus.Skipped : await RunCellAsync(cell, number, host, sinks[i], options, cellClock, cancellationToken);
            durations[i] = statuses[i] == CellStatus.Skipped ? TimeSpan.Zero : cellClock.Elapsed;
            stopped |= statuses[i] == CellStatus.Failed && !options.ContinueOnError;
            progress?.Report(new CellProgress(fullPath, i, sourceCells, cell.Kernel(), statuses[i], clock.Elapsed, number, i == injectedAt, durations[i]));
        }

        // Outputs are read last: a display handle may have been updated by a later cell.
        var results = effective.Elements
            .Select((cell, i) => new CellResult(i, cell, statuses[i], sinks[i].Snapshot(), durations[i]) { Number = NumberOf(i), Injected = i == injectedAt })
            .ToList();
        return new NotebookRun(fullPath, effective, results, provenance, clock.Elapsed);
    }

    private static async Task<CellStatus> RunCellAsync(
        InteractiveDocumentElement cell, int number, LazyHost host, CellOutputSink sink, RunOptions options, Stopwatch cellClock, CancellationToken cancellationToken)
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
                $"Cell {number} is a '{cell.Kernel()}' cell; this engine runs only C#, markdown and html cells (use --skip-unsupported to skip such cells).",
                []));
            return CellStatus.Failed;
        }
        var engine = await host.GetAsync(sink, cancellationToken);
        if (engine is null) return sink.HasError ? CellStatus.Failed : CellStatus.Skipped;
        if (engine.AbandonedBy is not null) return CellStatus.Skipped;
        // The engine's start and warm-up are not the cell's time.
        cellClock.Restart();
        return await engine.RunAsync(cell.Contents, number, sink, options.CellTimeout, cancellationToken);
    }

    /// <summary>The notebook's cell host, started when the first C# cell needs it (a markdown-only notebook needs none).</summary>
    private sealed class LazyHost(string directory, string? dataDirectory, RunOptions options, OutputBudget budget) : IAsyncDisposable
    {
        private ICellHost? host;
        private string? startFailure;

        /// <summary>The host, or null after adding to <paramref name="sink"/> why it could not start.</summary>
        public async Task<ICellHost?> GetAsync(CellOutputSink sink, CancellationToken cancellationToken)
        {
            if (host is null && startFailure is null)
            {
                try
                {
                    host = options.Worker is { } hosts
                        ? await hosts.StartAsync(directory, dataDirectory, budget.Limits, options.PackageCacheDirectory, cancellationToken)
                        : await StartInProcessAsync();
                }
                catch (CellHostStartException problem)
                {
                    startFailure = problem.Message;
                    sink.Add(new ErrorOutput("WorkerStartError", problem.Message, []));
                    return null;
                }
            }
            if (startFailure is not null) return null;
            return host;
        }

        private async Task<ICellHost> StartInProcessAsync()
        {
            await NotebookSession.WarmUpAsync();
            return new NotebookSession(directory, new PackageRestorer(options.PackageCacheDirectory));
        }

        public async ValueTask DisposeAsync()
        {
            if (host is not null) await host.DisposeAsync();
        }
    }
}
