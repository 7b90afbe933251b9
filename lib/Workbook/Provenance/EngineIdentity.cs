using System.Reflection;
using System.Text;
using Workbook.IO;

namespace Workbook.Provenance;

/// <summary>
/// Which build of the engine runs the cells: a SHA-256 over the engine's assembly and the entry program's (the CLI,
/// whose <c>worker</c> verb runs the cells), each by the source hash its build stamped into it
/// (<c>lib/EngineSourceHash.targets</c>), and over the dependency manifests (<c>*.deps.json</c>) beside them, which
/// list every package version the engine loads (Roslyn, the formatters, Plotly.NET).
/// </summary>
/// <remarks>
/// The source hash, not the assembly's bytes: the SDK writes the git commit into every assembly, so its bytes change
/// with each commit, even one that only edits a notebook. An assembly without the stamp (built elsewhere) counts by
/// its bytes.
/// </remarks>
internal static class EngineIdentity
{
    /// <summary>The name of the <see cref="AssemblyMetadataAttribute"/> the build stamps.</summary>
    public const string SourceHashKey = "EngineSourceHash";

    private static readonly Lazy<string> hash = new(Compute);

    /// <summary>The hash, computed once per process.</summary>
    public static string Hash => hash.Value;

    private static string Compute()
    {
        var assemblies = new[] { typeof(EngineIdentity).Assembly, Assembly.GetEntryAssembly() }
            .OfType<Assembly>()
            .Where(a => a.Location.Length > 0)
            .DistinctBy(a => a.Location)
            .OrderBy(a => a.Location, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        foreach (var assembly in assemblies)
        {
            var stamp = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == SourceHashKey)?.Value;
            text.Append(Path.GetFileName(assembly.Location)).Append(" sources:").Append(stamp ?? "bytes:" + Sha256.OfFile(assembly.Location)).Append('\n');
        }
        var manifests = assemblies.Select(a => Path.GetDirectoryName(a.Location)).OfType<string>().Distinct()
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.deps.json"))
            .Order(StringComparer.Ordinal);
        foreach (var manifest in manifests)
            text.Append(Path.GetFileName(manifest)).Append(' ').Append(Sha256.OfFile(manifest)).Append('\n');
        return Sha256.OfText(text.ToString());
    }
}
