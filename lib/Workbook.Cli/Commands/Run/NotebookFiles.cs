using Workbook.Document;

namespace Workbook.Cli.Commands.Run;

/// <summary>The notebook files a run's PATH arguments name.</summary>
internal static class NotebookFiles
{
    /// <summary>
    /// Full paths of the notebooks in <paramref name="paths"/>, by file name then path; folders are searched (not
    /// recursively) for .dib and .ipynb files. No path means <see cref="RunCommand.DefaultNotebookFolder"/> here or in
    /// the nearest parent folder that has one.
    /// </summary>
    /// <exception cref="UsageException">A path that does not exist, is no notebook, or is a folder without notebooks.</exception>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> paths)
    {
        var roots = paths.Count > 0 ? paths : [FindDefaultFolder()];
        var files = new List<string>();
        foreach (var root in roots)
        {
            if (File.Exists(root))
            {
                if (!NotebookFile.IsSupported(root)) throw new UsageException($"{root}: not a notebook; expected a .dib or .ipynb file.");
                files.Add(Path.GetFullPath(root));
            }
            else if (Directory.Exists(root))
            {
                var found = Directory.EnumerateFiles(root).Where(NotebookFile.IsSupported).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new UsageException($"{root}: no .dib or .ipynb notebooks in this folder.");
                files.AddRange(found);
            }
            else
            {
                throw new UsageException($"{root}: no such file or folder.");
            }
        }
        return [.. files.Distinct().OrderBy(Path.GetFileName, StringComparer.Ordinal).ThenBy(f => f, StringComparer.Ordinal)];
    }

    private static string FindDefaultFolder()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RunCommand.DefaultNotebookFolder);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new UsageException($"No PATH given and no {RunCommand.DefaultNotebookFolder}/ folder here or above {Environment.CurrentDirectory}.");
    }
}
