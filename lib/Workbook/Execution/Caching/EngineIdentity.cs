using System.Reflection;
using System.Security.Cryptography;

namespace Workbook.Execution.Caching;

/// <summary>
/// Which build of the engine runs the cells: a SHA-256 over the engine's assembly, the entry program's assembly (the
/// CLI, whose <c>worker</c> verb runs the cells) and the dependency manifests (<c>*.deps.json</c>) beside them, which
/// list every package version the engine loads (Roslyn, the formatters, Plotly.NET). The build is deterministic, so
/// the same sources and packages give the same hash.
/// </summary>
internal static class EngineIdentity
{
    private static readonly Lazy<string> hash = new(Compute);

    /// <summary>The hash, computed once per process.</summary>
    public static string Hash => hash.Value;

    private static string Compute()
    {
        var engine = typeof(EngineIdentity).Assembly.Location;
        var files = new SortedSet<string>(StringComparer.Ordinal) { engine };
        if (Assembly.GetEntryAssembly()?.Location is { Length: > 0 } entry) files.Add(entry);
        foreach (var folder in files.Select(Path.GetDirectoryName).OfType<string>().Distinct().ToList())
            files.UnionWith(Directory.EnumerateFiles(folder, "*.deps.json"));
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            all.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            all.AppendData(SHA256.HashData(stream));
        }
        return Convert.ToHexStringLower(all.GetHashAndReset());
    }
}
