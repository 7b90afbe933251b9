using Workbook.IO;

namespace Workbook.Execution.Caching;

/// <summary>
/// Where a notebook's cache entries live: <c>.workbook/cache</c> in the notebook's repository root (the nearest
/// folder at or above the notebook's that holds <c>.git</c>, as for the data folder and the report's commit), or in
/// the notebook's own folder outside a repository; below it, one folder per notebook, named by its file name and a
/// hash of its path from that root, holding one entry per key.
/// </summary>
internal static class CacheFolder
{
    /// <summary>The cache folder's path below the root: <c>.workbook/cache</c>.</summary>
    public static readonly string RelativePath = Path.Combine(".workbook", "cache");

    /// <summary>The folder holding <paramref name="notebookPath"/>'s entries.</summary>
    public static string For(string notebookPath)
    {
        var file = Path.GetFullPath(notebookPath);
        var directory = Path.GetDirectoryName(file)!;
        var root = RepositoryRoot.Of(directory) ?? directory;
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var tag = Sha256.OfText(relative)[..12];
        return Path.Combine(root, RelativePath, $"{Path.GetFileName(file)}.{tag}");
    }
}
