namespace Workbook.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record RunOptions
{
    /// <summary>The per-cell time limit when none is given: five minutes.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(300);

    /// <summary><c>-p name=value</c> overrides, in command-line order; each name must be declared in the <c>// parameters</c> cell.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Run the cells after a failed one too (they run on the state the failed cell left).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Mark cells of kernels this engine lacks (F#, PowerShell, JavaScript...) as skipped instead of failed.</summary>
    public bool SkipUnsupported { get; init; }

    /// <summary>How long one cell may run (package restore included) before it is stopped and reported.</summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    /// <summary>How much output cells may keep; beyond it output is dropped with a note.</summary>
    public OutputLimits OutputLimits { get; init; } = OutputLimits.Default;

    /// <summary>
    /// What runs the notebook's C# cells: a worker process of the notebook's own (<c>Hosting.WorkerProcesses</c>); null
    /// runs them in this process, where a cell that exits, overflows its stack or never yields takes the process with it.
    /// </summary>
    public CellHostFactory? Worker { get; init; }

    /// <summary>Where <c>#r "nuget: ..."</c> resolutions are cached; null for the default (<c>~/.cache/workbook/nuget</c>).</summary>
    public string? PackageCacheDirectory { get; init; }
}
