using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>The words the report header and the console use for a run served from the cache.</summary>
public static class CacheNote
{
    /// <summary>"outputs from cache, run of 2026-12-02 05:40:12 UTC", or null when <paramref name="run"/> ran now.</summary>
    public static string? For(NotebookRun run) =>
        run.FromCache ? $"outputs from cache, run of {Durations.FormatTimestamp(run.StartedAt)}" : null;
}
