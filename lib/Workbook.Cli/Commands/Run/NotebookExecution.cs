using Workbook.Execution;
using Workbook.Execution.Caching;
using Workbook.Provenance;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// The cache check and the run of one planned notebook: its provenance captured once, so the cache key and the
/// report's header read the same fingerprint; its outputs from the cache when the key is there, else from a run.
/// Safe to use for several notebooks side by side: notebooks sharing a data folder hash it once.
/// </summary>
/// <param name="plan">How each notebook runs.</param>
/// <param name="progress">Where each cell's progress goes; null for nowhere.</param>
/// <param name="cache">The execution cache (<c>--cache</c>); null to always run.</param>
internal sealed class NotebookExecution(RunPlan plan, IProgress<CellProgress>? progress, ExecutionCache? cache)
{
    private readonly DataFingerprints fingerprints = new();

    /// <summary>The outputs of <paramref name="notebook"/>: reused from the cache, or computed now.</summary>
    public async Task<NotebookRun> RunAsync(PlannedNotebook notebook, CancellationToken cancellationToken)
    {
        var options = plan.RunOptions();
        var provenance = NotebookRunner.ProvenanceOf(notebook.Parameters, notebook.Path, options, fingerprints);
        Task<NotebookRun> Run(CancellationToken token) =>
            NotebookRunner.RunAsync(notebook.Parameters, provenance, notebook.Path, options, progress, token);
        return cache is null
            ? await Run(cancellationToken)
            : await cache.RunAsync(notebook.Parameters, provenance, notebook.Path, options, Run, cancellationToken);
    }
}
