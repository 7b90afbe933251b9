namespace Workbook.Execution.Packages;

/// <summary>A package as NuGet resolved it (a requested one or a dependency).</summary>
public sealed record ResolvedPackage(string Name, string Version);

/// <summary>
/// What a restore of a set of packages gave: every package in the closure and the runtime assemblies to
/// reference (for this runtime's target framework and RID). Native libraries are not loaded.
/// </summary>
/// <param name="Packages">Every package in the restored graph.</param>
/// <param name="Assemblies">Full paths of the runtime assemblies, dependencies included.</param>
/// <param name="FromCache">True when the resolution came from the on-disk cache, without running a restore.</param>
public sealed record PackageResolution(
    IReadOnlyList<ResolvedPackage> Packages,
    IReadOnlyList<string> Assemblies,
    bool FromCache);

/// <summary>A restore that failed; the message carries NuGet's errors.</summary>
public sealed class PackageRestoreException(string message) : Exception(message);
