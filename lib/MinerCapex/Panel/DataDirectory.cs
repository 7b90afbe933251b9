namespace MinerCapex.Panel;

/// <summary>
/// Finds the project's <c>data/</c> folder, by the rule the workbook engine documents for the folder it gives a
/// notebook and fingerprints in the report (the engine's <c>Workbook.Execution.DataFolder</c>): so the folder read
/// here is the folder the report vouches for.
/// </summary>
/// <remarks>
/// The rule: the folder named by the <c>WORKBOOK_DATA</c> environment variable, as it is (the engine sets it for every
/// notebook it runs in a process of its own); without it (under .NET Interactive, or a test), the nearest folder named
/// exactly <c>data</c> in the current directory or a parent of it, looking no higher than the repository root (the
/// first folder that holds <c>.git</c>). Under .NET Interactive the current directory is the notebook's folder.
/// The folder found must hold <c>prices/</c>; no other is tried, since the report would fingerprint that one.
/// </remarks>
public static class DataDirectory
{
    /// <summary>Names the data folder explicitly.</summary>
    public const string DataVariable = "WORKBOOK_DATA";

    /// <summary>The name of the folder looked for.</summary>
    public const string FolderName = "data";

    /// <summary>
    /// The data folder. With <paramref name="path"/> (a notebook's explicit argument): that folder if it holds
    /// <c>prices/</c>, else its <c>data/</c> subfolder if that does. Without: the folder the rule above names.
    /// </summary>
    /// <returns>The full path of the folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder qualified; the message says which were tried and why.</exception>
    public static string Resolve(string? path = null)
    {
        if (path is not null)
        {
            string[] tried = [Path.GetFullPath(path), Path.GetFullPath(Path.Combine(path, FolderName))];
            return tried.FirstOrDefault(HoldsPrices) ?? throw new DirectoryNotFoundException(
                $"No market data found: expected '{path}' or '{path}/{FolderName}' to hold a prices/ subfolder. Looked in:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", tried));
        }
        if (Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } named)
        {
            var folder = Path.GetFullPath(named);
            return HoldsPrices(folder) ? folder : throw new DirectoryNotFoundException(
                $"No market data found: {DataVariable} names {folder}, which has no prices/ subfolder.");
        }
        var start = Directory.GetCurrentDirectory();
        var nearest = Nearest(start) ?? throw new DirectoryNotFoundException(
            $"No market data found: no folder named {FolderName} in {start} or a parent of it up to the repository root, and {DataVariable} is not set.");
        return HoldsPrices(nearest) ? nearest : throw new DirectoryNotFoundException(
            $"No market data found: the nearest {FolderName} folder above {start} is {nearest}, which has no prices/ subfolder (set {DataVariable} to name another).");
    }

    /// <summary>The nearest folder named exactly <c>data</c> at or above <paramref name="directory"/>, up to the repository root; null when there is none.</summary>
    /// <remarks>
    /// The engine's <c>DataFolder.Nearest</c> states the same rule; neither assembly may reference the other, so each
    /// has it, and tests on both sides pin them to the same answers on the same folder layouts.
    /// </remarks>
    internal static string? Nearest(string directory) =>
        SearchedFolders(new DirectoryInfo(Path.GetFullPath(directory)))
            .Where(folder => folder.Exists)
            .SelectMany(folder => folder.EnumerateDirectories(FolderName))
            .FirstOrDefault(data => data.Name == FolderName)?.FullName;

    /// <summary><paramref name="start"/> and its parents, the repository root (the first holding <c>.git</c>) the last of them.</summary>
    private static IEnumerable<DirectoryInfo> SearchedFolders(DirectoryInfo start)
    {
        for (DirectoryInfo? folder = start; folder is not null; folder = folder.Parent)
        {
            yield return folder;
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) yield break;
        }
    }

    private static bool HoldsPrices(string folder) => Directory.Exists(Path.Combine(folder, "prices"));
}
