using System.Reflection;
using System.Runtime.InteropServices;

namespace Workbook.Provenance;

/// <summary>Which engine, on which runtime, ran a notebook: what a report's header names and a cache key compares.</summary>
/// <param name="Version">The engine's informational version, its source revision cut to 12 digits ("0.1.0+3c05eee1a2b4").</param>
/// <param name="SourceHash">The engine's identity for the execution cache (<see cref="EngineIdentity"/>).</param>
/// <param name="Runtime">The .NET runtime (".NET 10.0.1").</param>
/// <param name="RuntimeIdentifier">The platform it runs on ("linux-x64").</param>
public sealed record EngineBuild(string Version, string SourceHash, string Runtime, string RuntimeIdentifier)
{
    private static readonly Lazy<EngineBuild> current = new(() => new(ReadVersion(), EngineIdentity.Hash, RuntimeInformation.FrameworkDescription, RuntimeInformation.RuntimeIdentifier));

    /// <summary>This process's engine, read once.</summary>
    public static EngineBuild Current => current.Value;

    /// <summary>The engine's version alone, which needs no hashing (the page footer of an index names it).</summary>
    public static string CurrentVersion { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(EngineBuild).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+');
        return plus >= 0 && version.Length > plus + 13 ? version[..(plus + 13)] : version;
    }
}
