using Workbook.Execution;
using Workbook.Execution.Parameters;
using Workbook.Hosting;
using Workbook.IO;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// What <c>workbook run</c> will do, settled before any cell runs: each readable notebook with the overrides it
/// declares applied, and how each is run.
/// </summary>
/// <param name="Settings">The command line as given.</param>
/// <param name="Limits">The output limits <c>--max-output</c> asked for.</param>
/// <param name="Notebooks">The notebooks to run, by file name.</param>
internal sealed record RunPlan(RunSettings Settings, OutputLimits Limits, IReadOnlyList<PlannedNotebook> Notebooks)
{
    /// <summary>
    /// Applies the overrides to each notebook of <paramref name="inputs"/> that declares them, once, before anything
    /// runs. A name no notebook declares is an error listing what the notebooks do declare; so is a value its type
    /// cannot take.
    /// </summary>
    /// <exception cref="UsageException">An unknown parameter name, or a value its parameter's type cannot take.</exception>
    public static RunPlan Create(RunInputs inputs)
    {
        var declared = inputs.Notebooks.ToDictionary(n => n.Path, n => NotebookParameters.Declared(n.Document));
        var unknown = inputs.Overrides.Select(o => o.Key).Where(name => !declared.Values.Any(d => d.Any(p => p.Name == name))).Distinct().ToList();
        if (unknown.Count > 0)
        {
            var valid = declared.Values.SelectMany(d => d).DistinctBy(p => p.Name).ToList();
            throw new UsageException($"Unknown parameter{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Valid parameters: {NotebookParameters.Describe(valid)}.");
        }
        var planned = new List<PlannedNotebook>();
        foreach (var (path, document) in inputs.Notebooks)
        {
            var names = declared[path].Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var mine = inputs.Overrides.Where(o => names.Contains(o.Key)).ToList();
            try
            {
                planned.Add(new PlannedNotebook(path, NotebookParameters.Apply(document, mine)));
            }
            catch (NotebookParameterException problem)
            {
                throw new UsageException($"{Path.GetFileName(path)}: {problem.Message}");
            }
        }
        return new RunPlan(inputs.Settings, inputs.Limits, planned);
    }

    /// <summary>
    /// Makes sure every output folder can be written to, and removes the leftovers of writers killed mid-write: before
    /// any cell runs, since a folder the reports cannot be written to is the user's to fix, not a failure found after
    /// minutes of computing.
    /// </summary>
    /// <exception cref="OutputFolderException">A folder that cannot be created or written to, naming its option.</exception>
    public void PrepareOutputFolders()
    {
        foreach (var (folder, role) in Settings.OutputFolders)
        {
            OutputFolder.EnsureWritable(folder, role);
            OutputFolder.RemoveStaleTemporaryFiles(folder);
        }
    }

    /// <summary>How one notebook runs: in a worker process of its own, with the limits and cell rules asked for.</summary>
    public RunOptions RunOptions() => new()
    {
        ContinueOnError = Settings.ContinueOnError,
        CellTimeout = TimeSpan.FromSeconds(Settings.CellTimeoutSeconds),
        SkipUnsupported = Settings.SkipUnsupported,
        OutputLimits = Limits,
        Worker = new WorkerProcesses(WorkerCommand.Launch),
    };
}
