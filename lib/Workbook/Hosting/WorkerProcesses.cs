using Workbook.Execution;

namespace Workbook.Hosting;

/// <summary>
/// Cell hosts that are worker processes (<see cref="EngineProcess"/>), one per notebook, started with
/// <paramref name="launch"/> in the notebook's folder and given its data folder as <c>WORKBOOK_DATA</c>.
/// </summary>
public sealed class WorkerProcesses(WorkerLaunch launch) : CellHostFactory
{
    /// <summary>How each worker is started.</summary>
    public WorkerLaunch Launch { get; } = launch;

    internal override async Task<ICellHost> StartAsync(
        string directory, string? dataDirectory, OutputLimits limits, string? packageCacheDirectory, CancellationToken cancellationToken) =>
        await EngineProcess.StartAsync(WithData(dataDirectory), directory, limits, packageCacheDirectory, cancellationToken);

    private WorkerLaunch WithData(string? dataDirectory) => dataDirectory is null
        ? Launch
        : Launch with { Environment = new Dictionary<string, string>(Launch.Environment) { [DataFolder.Variable] = dataDirectory } };
}
