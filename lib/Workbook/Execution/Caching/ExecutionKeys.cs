using System.Globalization;
using Workbook.Document;
using Workbook.Execution.Magic;
using Workbook.Execution.Parameters;
using Workbook.IO;

namespace Workbook.Execution.Caching;

/// <summary>
/// Computes <see cref="ExecutionKey"/>s in the parent process, before any worker starts: file hashes and string
/// scans only, no Roslyn. The data, engine and runtime components are read from the run's <see cref="RunProvenance"/>,
/// whose data folder was fingerprinted once for the key and the report alike.
/// </summary>
internal static class ExecutionKeys
{
    /// <summary>
    /// The key of running <paramref name="notebook"/> (read from <paramref name="path"/>) with <paramref name="options"/>
    /// and <paramref name="provenance"/>, or null with the reason when its outputs cannot be told unchanged: a package
    /// without an exact version resolves to whatever is newest when it is restored, so such a notebook always runs.
    /// </summary>
    public static ExecutionKey? Compute(AppliedParameters notebook, string path, RunProvenance provenance, RunOptions options, out string? uncacheable)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var references = new List<string>();
        var packages = new List<string>();
        foreach (var cell in notebook.Document.Elements.Where(c => NotebookRunner.IsCSharp(c.Kernel())))
        {
            var magic = MagicCommands.Parse(cell.Contents);
            foreach (var package in magic.Packages)
            {
                if (!package.HasExactVersion)
                {
                    uncacheable = $"package {package.Name} has no exact version ({package.Version ?? "none given"}), so what it resolves to can change";
                    return null;
                }
                packages.Add($"nuget: {package}");
            }
            packages.AddRange(magic.Sources.Select(source => $"source: {source}"));
            references.AddRange(magic.Files.Select(file => Path.GetFullPath(Path.Combine(directory, file))).Select(file => $"{file} {HashOrMissing(file)}"));
        }
        uncacheable = null;
        return new ExecutionKey(
            Notebook: HashOrMissing(fullPath),
            Parameters: string.Join('\n', notebook.Values.Select(v => $"{v.Name}={v.Value}")),
            Data: DataOf(provenance),
            References: references,
            Packages: packages,
            Engine: provenance.Engine.SourceHash,
            Runtime: $"{provenance.Engine.Runtime} {provenance.Engine.RuntimeIdentifier}",
            Options: string.Create(CultureInfo.InvariantCulture,
                $"max-output={options.OutputLimits.PerCell},{options.OutputLimits.PerNotebook} cell-timeout={options.CellTimeout.TotalSeconds}s continue-on-error={options.ContinueOnError} skip-unsupported={options.SkipUnsupported}"));
    }

    // All the folder's files hashed, the fingerprint the report's header shows.
    private static string DataOf(RunProvenance provenance) => provenance switch
    {
        { Data: { } data } => $"sha256:{data.Sha256} {data.FileCount} files {data.TotalBytes} bytes",
        { DataDirectory: { } missing } => $"missing {missing}",
        _ => "none",
    };

    private static string HashOrMissing(string file)
    {
        try
        {
            return "sha256:" + Sha256.OfFile(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return "missing";
        }
    }
}
