using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using Workbook.Document;
using Workbook.Execution.Magic;
using Workbook.Execution.Parameters;
using Workbook.IO;
using Workbook.Rendering;

namespace Workbook.Execution.Caching;

/// <summary>
/// Computes <see cref="ExecutionKey"/>s in the parent process, before any worker starts: file hashes and string
/// scans only, no Roslyn. A data folder shared by several notebooks is fingerprinted once.
/// </summary>
internal sealed class ExecutionKeys
{
    private readonly ConcurrentDictionary<string, Lazy<string>> dataFingerprints = new(StringComparer.Ordinal);

    /// <summary>
    /// The key of running <paramref name="notebook"/> (read from <paramref name="path"/>) with <paramref name="options"/>
    /// on the data in <paramref name="dataDirectory"/> (<see cref="DataFolder.ForRun"/>; null for none), or null with the reason when its outputs cannot be told unchanged: a package without an exact version resolves
    /// to whatever is newest when it is restored, so such a notebook always runs.
    /// </summary>
    public ExecutionKey? Compute(AppliedParameters notebook, string path, string? dataDirectory, RunOptions options, out string? uncacheable)
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
            Data: DataOf(dataDirectory),
            References: references,
            Packages: packages,
            Engine: EngineIdentity.Hash,
            Runtime: $"{RuntimeInformation.FrameworkDescription} {RuntimeInformation.RuntimeIdentifier}",
            Options: string.Create(CultureInfo.InvariantCulture,
                $"max-output={options.OutputLimits.PerCell},{options.OutputLimits.PerNotebook} cell-timeout={options.CellTimeout.TotalSeconds}s continue-on-error={options.ContinueOnError} skip-unsupported={options.SkipUnsupported}"));
    }

    // All the folder's files hashed, as the report's header does.
    private string DataOf(string? folder)
    {
        if (folder is null) return "none";
        return dataFingerprints.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<string>(() =>
        {
            var data = DataFingerprint.Compute(f);
            return $"sha256:{data.Sha256} {data.FileCount} files {data.TotalBytes} bytes";
        })).Value;
    }

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
