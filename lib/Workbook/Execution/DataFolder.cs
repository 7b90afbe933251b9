using Workbook.IO;

namespace Workbook.Execution;

/// <summary>
/// The data folder a notebook is given, chosen once per run by one rule, handed to the notebook's process as
/// <see cref="Variable"/> and fingerprinted in the report's header: so the folder a notebook's library read and the
/// folder its report vouches for are the same folder.
/// </summary>
/// <remarks>
/// <para>The rule: the folder named by <see cref="Variable"/> (<c>WORKBOOK_DATA</c>) when it is set, as it is (a
/// relative path is taken from the current directory); otherwise the nearest folder named exactly <c>data</c> in the
/// notebook's working directory or a parent of it, looking no higher than the repository root (the first folder that
/// holds <c>.git</c>); otherwise none. The working directory is the notebook's folder for a notebook run in a process
/// of its own, and this process's current directory for one run in-process.</para>
/// <para>The engine says nothing of what a data folder holds. A library that wants to find the same folder without
/// the engine (under .NET Interactive) reads <c>WORKBOOK_DATA</c> first and otherwise applies the same rule from its
/// current directory, which is the notebook's folder there.</para>
/// </remarks>
public static class DataFolder
{
    /// <summary>The environment variable that names the data folder: <c>WORKBOOK_DATA</c>.</summary>
    public const string Variable = "WORKBOOK_DATA";

    /// <summary>The name of the folder looked for: <c>data</c>, exactly (letter case too).</summary>
    public const string FolderName = "data";

    /// <summary>The data folder for a notebook whose code runs in <paramref name="workingDirectory"/> (full path), or null.</summary>
    /// <param name="workingDirectory">Where the notebook's code runs.</param>
    /// <param name="named">The value of <see cref="Variable"/>; this process's own when not given.</param>
    public static string? For(string workingDirectory, string? named = null)
    {
        named ??= Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrEmpty(named) ? Nearest(workingDirectory) : Path.GetFullPath(named);
    }

    /// <summary>The nearest <c>data</c> folder at or above <paramref name="directory"/>, up to the repository root; null when there is none.</summary>
    public static string? Nearest(string directory) =>
        RepositoryRoot.SelfAndParents(directory)
            .Where(dir => dir.Exists)
            .SelectMany(dir => dir.EnumerateDirectories(FolderName).Where(data => data.Name == FolderName).Take(1))
            .FirstOrDefault()?.FullName;

    /// <summary>
    /// The data folder of a notebook in <paramref name="notebookDirectory"/> run with <paramref name="options"/>: its
    /// code runs in the notebook's folder in a worker, and in this process's current directory in-process.
    /// </summary>
    public static string? ForRun(string notebookDirectory, RunOptions options) =>
        For(options.Worker is null ? Environment.CurrentDirectory : notebookDirectory);
}
