namespace MinerCapex.Panel;

/// <summary>
/// Finds the project's <c>data/</c> folder: the one that holds <c>prices/</c>. Notebooks run from
/// <c>notebooks/</c>, tests from <c>bin/…</c>, the CLI from anywhere in the clone, so the search walks up.
/// </summary>
public static class DataDirectory
{
    /// <summary>Names the data folder explicitly.</summary>
    public const string DataVariable = "WORKBOOK_DATA";

    /// <summary>The folder of the notebook being run, as the workbook engine sets it for a notebook's process.</summary>
    public const string NotebookFolderVariable = "WORKBOOK_NOTEBOOK_DIR";

    /// <summary>
    /// The data folder. With <paramref name="path"/>: that folder if it holds <c>prices/</c>, else its <c>data/</c>
    /// subfolder if that does. Without: the folder named by the <c>WORKBOOK_DATA</c> environment variable; then the
    /// first <c>data/</c> holding <c>prices/</c> in the notebook's folder (the <c>WORKBOOK_NOTEBOOK_DIR</c> variable
    /// the workbook engine sets for the process that runs a notebook) or any parent, in the current directory or any
    /// parent (the notebook's folder under .NET Interactive), then beside the library's own DLL or any parent of it
    /// (a notebook's <c>#r</c> of <c>artifacts/lib/MinerCapex.dll</c> finds the clone that way whatever its
    /// working directory).
    /// </summary>
    /// <returns>The full path of the folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No candidate qualified; the message lists every place tried.</exception>
    public static string Resolve(string? path = null)
    {
        var tried = new List<string>();
        foreach (var candidate in Candidates(path))
        {
            var full = Path.GetFullPath(candidate);
            if (tried.Contains(full)) continue;
            tried.Add(full);
            if (Directory.Exists(Path.Combine(full, "prices"))) return full;
        }
        var what = path is null
            ? $"a data/ folder with a prices/ subfolder named by {DataVariable}, or in the notebook's folder, the current directory, the library's folder or their parents"
            : $"'{path}' or '{path}/data' to hold a prices/ subfolder";
        throw new DirectoryNotFoundException(
            $"No market data found: expected {what}. Looked in:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", tried));
    }

    private static IEnumerable<string> Candidates(string? path)
    {
        if (path is not null)
        {
            yield return path;
            yield return Path.Combine(path, "data");
            yield break;
        }
        if (Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } named)
        {
            yield return named;
            yield return Path.Combine(named, "data");
        }
        if (Environment.GetEnvironmentVariable(NotebookFolderVariable) is { Length: > 0 } notebook)
        {
            foreach (var dir in SelfAndParents(notebook)) yield return Path.Combine(dir, "data");
        }
        foreach (var dir in SelfAndParents(Directory.GetCurrentDirectory())) yield return Path.Combine(dir, "data");
        var library = Path.GetDirectoryName(typeof(DataDirectory).Assembly.Location);
        if (!string.IsNullOrEmpty(library))
        {
            foreach (var dir in SelfAndParents(library)) yield return Path.Combine(dir, "data");
        }
    }

    private static IEnumerable<string> SelfAndParents(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent) yield return dir.FullName;
    }
}
