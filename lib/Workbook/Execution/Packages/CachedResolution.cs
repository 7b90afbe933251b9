namespace Workbook.Execution.Packages;

/// <summary>
/// One entry of the package-resolution cache (<c>resolution.json</c>): the resolution a restore gave, and a stamp of
/// every assembly it names, taken when it was written, by which a later run tells the entry is still valid.
/// </summary>
/// <param name="Resolution">What the restore resolved.</param>
/// <param name="Stamps">One stamp per assembly of <paramref name="Resolution"/>; null in an entry of an engine that wrote none.</param>
internal sealed record CachedResolution(PackageResolution? Resolution, IReadOnlyList<FileStamp>? Stamps);
