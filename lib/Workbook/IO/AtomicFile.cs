using System.Text;

namespace Workbook.IO;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never a part: the content
/// goes to a temporary file in the same folder, is flushed to disk, then renamed over the target (an atomic rename on
/// one file system). When writing fails or is cancelled, the temporary file is deleted and the target is untouched.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes through <paramref name="write"/>, which receives a UTF-8 writer on the temporary file.</summary>
    public static Task WriteAsync(string path, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken = default) =>
        CommitAsync(path, async (stream, token) =>
        {
            await using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            await write(writer, token);
            await writer.FlushAsync(token);
        }, cancellationToken);

    /// <summary>Writes <paramref name="bytes"/> (a PDF, an image), with the same guarantees.</summary>
    public static Task WriteBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        CommitAsync(path, (stream, token) => stream.WriteAsync(bytes, token).AsTask(), cancellationToken);

    private static async Task CommitAsync(string path, Func<FileStream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var (target, temp) = Paths(path);
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await write(stream, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> synchronously, with the same guarantees.</summary>
    public static void WriteAllText(string path, string text)
    {
        var (target, temp) = Paths(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true)) writer.Write(text);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/>.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (writer, token) => writer.WriteAsync(text.AsMemory(), token), cancellationToken);

    /// <summary>The full target path, and a temporary file beside it (same folder, so the rename is atomic).</summary>
    private static (string Target, string Temp) Paths(string path)
    {
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        // Hidden and with its own extension, so a folder listing of reports never picks it up; named with the writing
        // process's id, so a later run can tell the leftover of a killed writer from a file being written now.
        return (target, Path.Combine(directory, TemporaryName(Path.GetFileName(target), Environment.ProcessId)));
    }

    /// <summary>The temporary file's name for <paramref name="fileName"/> written by process <paramref name="processId"/>.</summary>
    internal static string TemporaryName(string fileName, int processId) =>
        $".{fileName}.{processId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp";

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The rename did not happen, so the target is intact; a leftover hidden .tmp file is the lesser harm.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
