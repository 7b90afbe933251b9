using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace Workbook.Execution.Packages;

/// <summary>
/// The assemblies that notebooks' <c>#r "nuget: ..."</c> packages brought, handed out by simple name when an assembly
/// loaded from a <c>#r "file.dll"</c> asks for a dependency nothing else supplies.
/// </summary>
/// <remarks>
/// <para>This is how .NET Interactive's C# kernel finds them: its NuGet dependency manager answers the process's
/// assembly-resolve event with the package assembly of that simple name, whatever version was asked for. A library
/// built against a newer patch of a package than the notebook restores (MinerCapex is compiled against
/// System.Numerics.Tensors 9.0.19; Microsoft.Data.Analysis 0.23.1 brings 9.0.4) therefore loads with the notebook's
/// copy. Roslyn's own loader, which the engine otherwise relies on, refuses a lower version than the reference names,
/// and nothing else would find the file: a <c>#r</c> dll's dependencies are neither beside it nor in the engine.</para>
/// <para>The table is per process: a worker runs one notebook; in-process runs share it, and where two restored
/// different copies of one assembly, the higher version is handed out. An assembly already loaded under the name is
/// returned as it is, so no type is loaded twice.</para>
/// </remarks>
internal static class PackageAssemblies
{
    private static readonly ConcurrentDictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);
    private static int installed;

    /// <summary>Adds the runtime assemblies of one restore, and starts answering the resolve event.</summary>
    public static void Add(IEnumerable<string> assemblies)
    {
        if (Interlocked.Exchange(ref installed, 1) == 0) AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        foreach (var path in assemblies)
            byName.AddOrUpdate(Path.GetFileNameWithoutExtension(path), path, (_, old) => VersionOf(path) > VersionOf(old) ? path : old);
    }

    /// <summary>The package assembly named <paramref name="name"/>'s simple name, or null when no package brought one.</summary>
    internal static Assembly? Find(AssemblyName name)
    {
        if (name.Name is not { } simple || !byName.TryGetValue(simple, out var path)) return null;
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a =>
            !a.IsDynamic && string.Equals(a.GetName().Name, simple, StringComparison.OrdinalIgnoreCase) && a.Location == path);
        return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }

    private static Assembly? Resolve(object? sender, ResolveEventArgs args) => Find(new AssemblyName(args.Name));

    private static Version? VersionOf(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Version;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException)
        {
            return null;
        }
    }
}
