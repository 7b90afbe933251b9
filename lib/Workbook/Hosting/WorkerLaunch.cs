using System.Runtime.InteropServices;

namespace Workbook.Hosting;

/// <summary>
/// How to start a worker process: the program and the arguments before the <see cref="WorkerSettings"/> ones.
/// The engine is started as built (<c>dotnet Workbook.Cli.dll worker</c>), never through a build, so a worker costs a
/// runtime start and not a compilation.
/// </summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables set in the worker's environment on top of this process's (the notebook's data folder, say).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Runs <paramref name="assemblyPath"/> (a framework-dependent app) with this runtime's <c>dotnet</c> host, then <paramref name="verb"/>.</summary>
    public static WorkerLaunch ForAssembly(string assemblyPath, string verb = "worker") => new(DotnetHost(), [assemblyPath, verb]);

    /// <summary>The <c>dotnet</c> executable of the runtime this process runs on (<c>PATH</c>'s one when it cannot be told).</summary>
    public static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (System.Environment.ProcessPath is { } self && Path.GetFileName(self) == name) return self;
        // The shared framework lives in <root>/shared/Microsoft.NETCore.App/<version>/; the host is <root>/dotnet.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, name);
        return File.Exists(host) ? host : name;
    }
}
