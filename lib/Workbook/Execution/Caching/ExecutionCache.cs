using System.Text.Json;
using Workbook.Execution.Parameters;
using Workbook.IO;
using Workbook.Outputs;

namespace Workbook.Execution.Caching;

/// <summary>
/// The execution cache (<c>workbook run --cache</c>, as Quarto's freeze or Jupyter Book's cache): a notebook whose
/// <see cref="ExecutionKey"/> equals that of an earlier successful run gets that run's outputs back, checked in this
/// process before any worker starts; otherwise it runs and, when no cell failed, its outputs are stored.
/// </summary>
/// <remarks>
/// Entries are written to a temporary file and renamed (<see cref="AtomicFile"/>), so a reader sees a whole entry or
/// none, and two runs at once at worst both run the notebook and both store the same entry. An entry that cannot be
/// read (truncated, corrupt, of another layout) and a temporary file left by an interrupted write are set aside with
/// a one-line message and the notebook runs. Each notebook keeps its <see cref="EntriesKept"/> most recently used
/// entries.
/// </remarks>
/// <param name="messages">Where the one-line cache messages go (why a notebook was not served from the cache).</param>
public sealed class ExecutionCache(TextWriter messages)
{
    /// <summary>Entries kept per notebook: the newest few, so switching between a few parameter sets stays cached.</summary>
    public const int EntriesKept = 3;

    /// <summary>A temporary file older than this is left over from an interrupted write (a live write takes seconds).</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(10);

    private readonly Lock gate = new();

    /// <summary>
    /// The outputs of <paramref name="notebook"/> (read from <paramref name="path"/>): from the cache when its key is
    /// there, else from <paramref name="run"/>, stored when the run succeeded. The key reads <paramref name="provenance"/>,
    /// the one <paramref name="run"/> runs with, so the data the key vouches for is the data the run was given.
    /// </summary>
    public async Task<NotebookRun> RunAsync(
        AppliedParameters notebook, RunProvenance provenance, string path, RunOptions options, Func<CancellationToken, Task<NotebookRun>> run,
        CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var name = Path.GetFileName(fullPath);
        if (ExecutionKeys.Compute(notebook, fullPath, provenance, options, out var uncacheable) is not { } key)
        {
            Say($"cache: {name} is not cached: {uncacheable}.");
            return await run(cancellationToken);
        }
        var folder = CacheFolder.For(fullPath);
        var digest = key.Digest();
        var entryPath = Path.Combine(folder, digest + ".json");
        RemoveLeftovers(folder);
        if (Read(entryPath, name) is { } entry)
        {
            if (Problem(entry, key, notebook) is not { } problem)
            {
                Touch(entryPath);
                return Restore(entry, notebook, fullPath, provenance);
            }
            Say($"cache: ignoring the entry {entryPath}: {problem}; {name} runs again.");
        }
        else if (Newest(folder) is { } previous && Read(previous, name) is { } earlier)
        {
            var changed = earlier.Key is null ? [] : key.Differences(earlier.Key);
            if (changed.Count > 0) Say($"cache: {name}: {string.Join(", ", changed)} changed since the cached run; running it.");
        }

        var result = await run(cancellationToken);
        if (result.Succeeded) await StoreAsync(entryPath, key, result, cancellationToken);
        return result;
    }

    /// <summary>The entry, or null when there is none or it cannot be read (said in one line, and the file removed).</summary>
    private CacheEntry? Read(string entryPath, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(entryPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Say($"cache: cannot read the entry {entryPath} ({e.Message}); {name} runs again.");
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<CacheEntry>(bytes, CacheJson.Entries) ?? throw new JsonException("the entry is empty");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            Say($"cache: ignoring the unreadable entry {entryPath} ({FirstLine(e.Message)}); {name} runs again.");
            TryDelete(entryPath);
            return null;
        }
    }

    // Why an entry read under the right name does not fit this run, or null when it does.
    private static string? Problem(CacheEntry entry, ExecutionKey key, AppliedParameters notebook)
    {
        if (entry.Format != CacheEntry.CurrentFormat) return $"layout {entry.Format}, expected {CacheEntry.CurrentFormat}";
        if (entry.Key is null || entry.Key.Digest() != key.Digest()) return "its key is not the one it is filed under";
        if (entry.Cells is null || entry.Cells.Count != notebook.Document.Elements.Count)
            return $"{entry.Cells?.Count ?? 0} cells stored, the notebook has {notebook.Document.Elements.Count}";
        if (entry.Cells.Any(c => c is null || c.Outputs is null || c.Outputs.Any(o => o is null))) return "a cell's outputs are missing";
        if (entry.Cells.Any(c => c.Status == CellStatus.Failed)) return "it records a failed cell";
        return null;
    }

    // The provenance is this run's (the key says nothing it covers changed) but for the start time: the outputs' own.
    private static NotebookRun Restore(CacheEntry entry, AppliedParameters notebook, string fullPath, RunProvenance provenance)
    {
        var cells = notebook.Document.Elements
            .Select((cell, i) => (Cell: cell, Stored: entry.Cells[i]))
            .Select((c, i) => new CellResult(i, c.Cell, c.Stored.Status, c.Stored.Outputs, c.Stored.Duration) { Number = c.Stored.Number, Injected = c.Stored.Injected })
            .ToList();
        return new NotebookRun(fullPath, notebook.Document, cells, provenance with { StartedAt = entry.StartedAt }, entry.Duration) { FromCache = true };
    }

    private async Task StoreAsync(string entryPath, ExecutionKey key, NotebookRun run, CancellationToken cancellationToken)
    {
        var entry = new CacheEntry(
            CacheEntry.CurrentFormat,
            key,
            run.StartedAt,
            run.Duration,
            [.. run.Cells.Select(c => new CachedCell(c.Status, c.Duration, c.Number, c.Injected, c.Outputs))]);
        try
        {
            await AtomicFile.WriteBytesAsync(entryPath, JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Entries), cancellationToken);
            Prune(Path.GetDirectoryName(entryPath)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The run's outputs are already the result; an unwritable cache costs the next run, not this one.
            Say($"cache: cannot store {entryPath} ({e.Message}); the next run of {Path.GetFileName(run.SourcePath)} runs it again.");
        }
    }

    // Keeps the most recently used entries of one notebook.
    private static void Prune(string folder)
    {
        foreach (var old in Entries(folder).Skip(EntriesKept))
            TryDelete(old.FullName);
    }

    private void RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var temp in new DirectoryInfo(folder).EnumerateFiles(".*.tmp"))
        {
            if (DateTime.UtcNow - temp.LastWriteTimeUtc < LeftoverAge) continue;
            Say($"cache: removing {temp.FullName}, left over by an interrupted write.");
            TryDelete(temp.FullName);
        }
    }

    private static string? Newest(string folder) => Entries(folder).FirstOrDefault()?.FullName;

    private static IEnumerable<FileInfo> Entries(string folder) => Directory.Exists(folder)
        ? new DirectoryInfo(folder).EnumerateFiles("*.json").Where(f => !f.Name.StartsWith('.')).OrderByDescending(f => f.LastWriteTimeUtc)
        : [];

    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the pruning order depends on it.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run may hold or have removed it; what is left is read and checked like any entry.
        }
    }

    private void Say(string line)
    {
        lock (gate) messages.WriteLine(line);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
