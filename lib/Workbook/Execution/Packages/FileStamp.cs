namespace Workbook.Execution.Packages;

/// <summary>
/// A file as it was seen: its full path, length in bytes and last-write time (UTC ticks). A file still matches its
/// stamp when it exists with the same length and last-write time, which is what NuGet leaves alone once a package is
/// extracted and what a re-extraction or a replacement changes.
/// </summary>
internal sealed record FileStamp(string Path, long Length, long LastWriteUtcTicks)
{
    /// <summary>The stamp of <paramref name="path"/> now.</summary>
    public static FileStamp Of(string path)
    {
        var file = new FileInfo(path);
        return new FileStamp(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks);
    }

    /// <summary>True when the file exists and still has this length and last-write time.</summary>
    public bool IsCurrent()
    {
        var file = new FileInfo(Path);
        return file.Exists && file.Length == Length && file.LastWriteTimeUtc.Ticks == LastWriteUtcTicks;
    }
}
