using System.Collections.Concurrent;

namespace Workbook.Provenance;

/// <summary>
/// The data fingerprints of one command's runs: a data folder shared by several notebooks is hashed once, whichever
/// of them asks first, and each run's report and cache key read that one fingerprint.
/// </summary>
public sealed class DataFingerprints
{
    private readonly ConcurrentDictionary<string, Lazy<DataFingerprint?>> folders = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of <paramref name="folder"/>; null when it is null or does not exist.</summary>
    public DataFingerprint? Of(string? folder) => folder is null
        ? null
        : folders.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<DataFingerprint?>(() => Directory.Exists(f) ? DataFingerprint.Compute(f) : null)).Value;
}
