namespace Workbook.IO;

/// <summary>
/// The repository a folder belongs to: the nearest folder at or above it that holds <c>.git</c> (a folder, or the
/// file a linked worktree or submodule has). Searches that walk up from a notebook stop there.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>True when <paramref name="directory"/> holds <c>.git</c>.</summary>
    public static bool Is(string directory)
    {
        var git = Path.Combine(directory, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }

    /// <summary><paramref name="directory"/> and its parents, up to and including the repository root (all of them outside a repository).</summary>
    public static IEnumerable<DirectoryInfo> SelfAndParents(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            yield return dir;
            if (Is(dir.FullName)) yield break;
        }
    }

    /// <summary>The root of the repository holding <paramref name="directory"/>, or null outside one.</summary>
    public static string? Of(string directory) => SelfAndParents(directory).LastOrDefault(dir => Is(dir.FullName))?.FullName;
}
