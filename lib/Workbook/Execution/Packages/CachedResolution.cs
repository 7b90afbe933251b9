namespace Workbook.Execution.Packages;

/// <summary>
/// One entry of the package-resolution cache (<c>resolution.json</c>): the resolution a restore gave, and a stamp of
/// every assembly it names, taken when it was written, by which a later run tells the entry is still valid. The
/// resolution's fields sit at the top level, as engines before the stamps wrote them, so that engines of either kind
/// sharing one cache folder read each other's entries (an older one ignores the stamps; this one restores again
/// where they are missing).
/// </summary>
/// <param name="Packages">Every package in the restored graph.</param>
/// <param name="Assemblies">Full paths of the runtime assemblies, dependencies included.</param>
/// <param name="Stamps">One stamp per assembly; null in an entry of an engine that wrote none.</param>
internal sealed record CachedResolution(IReadOnlyList<ResolvedPackage>? Packages, IReadOnlyList<string>? Assemblies, IReadOnlyList<FileStamp>? Stamps);
