using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace MinerCapex.Charts;

/// <summary>
/// Lets Plotly.NET run inside a host that has already loaded an older FSharp.Core than the one it was built
/// against.
/// </summary>
/// <remarks>
/// Plotly.NET 6.0.0 (the only version served) references FSharp.Core 10.1.0.0, while the .NET Interactive kernel
/// (VS Code's Polyglot Notebooks, its Jupyter mode and dotnet-repl) ships and loads FSharp.Core 10.0.0.0 for its own
/// F# kernel. The runtime then cannot bind Plotly.NET's reference and every chart throws
/// <see cref="FileNotFoundException"/>. The APIs Plotly.NET calls exist in both, so the library answers that one
/// failed bind with the FSharp.Core the host already has. The handler runs only when the normal bind has failed and
/// the host's copy is older than the one asked for: in a process that can load the requested version (the workbook
/// engine, <c>dotnet test</c>) it is never consulted, so nothing changes there.
/// </remarks>
internal static class FSharpCoreBinding
{
    /// <summary>The simple name of F#'s core library.</summary>
    internal const string LibraryName = "FSharp.Core";

    // A module initializer, not a call in the notebook's setup cell: it is in place before the first method of this
    // library runs, however a notebook first touches it, and a notebook needs no line for it.
#pragma warning disable CA2255 // deliberately in a library: it must run before any Plotly.NET type is bound
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        var own = AssemblyLoadContext.GetLoadContext(typeof(FSharpCoreBinding).Assembly);
        AssemblyLoadContext.Default.Resolving += Resolve;
        if (own is not null && own != AssemblyLoadContext.Default) own.Resolving += Resolve;
    }

    /// <summary>
    /// True when a failed request for <paramref name="requested"/> should be answered with the host's
    /// <paramref name="loaded"/> copy: both are FSharp.Core and the host's is older.
    /// </summary>
    internal static bool ShouldUnify(AssemblyName requested, AssemblyName loaded) =>
        string.Equals(requested.Name, LibraryName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(loaded.Name, LibraryName, StringComparison.OrdinalIgnoreCase)
        && requested.Version is { } wanted
        && loaded.Version is { } have
        && have < wanted;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName requested)
    {
        if (!string.Equals(requested.Name, LibraryName, StringComparison.OrdinalIgnoreCase)) return null;
        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => ShouldUnify(requested, a.GetName()))
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault();
    }
}
