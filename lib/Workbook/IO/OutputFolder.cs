using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbook.IO;

/// <summary>
/// A folder a run writes its outputs to: checked writable before any cell runs, and cleared of the temporary files
/// that writers killed mid-write (<see cref="AtomicFile"/>) left behind.
/// </summary>
public static partial class OutputFolder
{
    /// <summary>
    /// Creates <paramref name="directory"/> if needed and proves a file can be created, written and removed in it.
    /// Throws <see cref="OutputFolderException"/> naming the folder and the reason when it cannot.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="role">What the folder is for, as the message names it (<c>--html reports</c>).</param>
    public static void EnsureWritable(string directory, string role)
    {
        var probe = Path.Combine(directory, AtomicFile.TemporaryName(".write-check", Environment.ProcessId));
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                stream.WriteByte(0);
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"{role}: cannot write to {Path.GetFullPath(directory)}: {problem.Message} Nothing was run; choose a folder you can write to.", problem);
        }
    }

    /// <summary>
    /// Deletes the temporary files in <paramref name="directory"/> whose writing process no longer exists (it was
    /// killed between creating and renaming them); a file of a live process, such as another run writing into the
    /// same folder now, is left alone. Returns how many were removed.
    /// </summary>
    public static int RemoveStaleTemporaryFiles(string directory)
    {
        if (!Directory.Exists(directory))
            return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var match = TemporaryFile().Match(Path.GetFileName(file));
            if (!match.Success)
                continue;
            // The names before the writer's id was in them carry none: stale once older than any write takes.
            var stale = match.Groups["pid"].Success
                ? !IsRunning(int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture))
                : File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-1);
            if (!stale)
                continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // Left for a later run; the reports themselves are intact either way.
            }
        }
        return removed;
    }

    private static bool IsRunning(int processId) =>
        OperatingSystem.IsLinux() ? Directory.Exists($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}") : ProcessExists(processId);

    private static bool ProcessExists(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+?\.(?:(?<pid>\d{1,10})\.)?[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryFile();
}
