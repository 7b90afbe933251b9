namespace Workbook.Execution;

/// <summary>
/// Starts the place a notebook's C# cells run: a worker process of the notebook's own (<c>Hosting.WorkerProcesses</c>),
/// or anything else that runs cells one after another on one state. <see cref="NotebookRunner"/> asks for one when the
/// first C# cell needs it, so it knows how cells run and not what runs them.
/// </summary>
/// <remarks>An abstract class rather than an interface: its one member hands out the engine's internal <see cref="ICellHost"/>.</remarks>
public abstract class CellHostFactory
{
    /// <summary>
    /// Starts a host whose cells run in <paramref name="directory"/> (the notebook's folder) and see
    /// <paramref name="dataDirectory"/> as their data folder (<see cref="DataFolder"/>; null for none).
    /// </summary>
    /// <exception cref="CellHostStartException">The host could not be started.</exception>
    internal abstract Task<ICellHost> StartAsync(
        string directory, string? dataDirectory, OutputLimits limits, string? packageCacheDirectory, CancellationToken cancellationToken);
}
