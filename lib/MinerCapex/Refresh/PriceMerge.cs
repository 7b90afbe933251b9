using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>The outcome of merging downloaded bars into a file's bars.</summary>
/// <param name="Bars">The merged bars, strictly increasing by date.</param>
/// <param name="Added">Dates the file did not have.</param>
/// <param name="Revisions">Values replaced, one per changed field.</param>
/// <param name="Unchanged">Downloaded bars that matched the file within the tolerance.</param>
/// <param name="NotDownloaded">File dates inside the downloaded range that the provider did not return; they are kept.</param>
public sealed record PriceMergeResult(
    IReadOnlyList<PriceBar> Bars,
    IReadOnlyList<DateOnly> Added,
    IReadOnlyList<PriceRevision> Revisions,
    int Unchanged,
    IReadOnlyList<DateOnly> NotDownloaded)
{
    /// <summary>True when the merged bars differ from the file's.</summary>
    public bool Changed => Added.Count > 0 || Revisions.Count > 0;
}

/// <summary>
/// Merges downloaded bars into a file's bars: a new date is added, a value that differs beyond the tolerance
/// is replaced (and reported), and everything else keeps the file's value, so untouched lines keep their text.
/// </summary>
/// <remarks>
/// A value the provider gives as unknown never erases a known one: providers drop fields (volume, adjusted close)
/// more often than they retract them. File dates the provider did not return are kept, whatever the range.
/// </remarks>
public static class PriceMerge
{
    /// <summary>The relative tolerance used when none is given: 1e-9, far below a cent on any price in the files.</summary>
    public const double DefaultRelativeTolerance = 1e-9;

    /// <summary>Merges <paramref name="downloaded"/> into <paramref name="existing"/>.</summary>
    /// <param name="existing">The file's bars, strictly increasing by date.</param>
    /// <param name="downloaded">The provider's bars, strictly increasing by date.</param>
    /// <param name="relativeTolerance">Two values are the same when |a − b| ≤ tolerance × max(|a|, |b|).</param>
    /// <exception cref="ArgumentException">Either list is not strictly increasing by date.</exception>
    public static PriceMergeResult Merge(IReadOnlyList<PriceBar> existing, IReadOnlyList<PriceBar> downloaded, double relativeTolerance = DefaultRelativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(downloaded);
        if (!(relativeTolerance >= 0))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "Expected a tolerance ≥ 0.");
        RequireIncreasing(existing, nameof(existing));
        RequireIncreasing(downloaded, nameof(downloaded));

        var merged = new List<PriceBar>(existing.Count + downloaded.Count);
        var added = new List<DateOnly>();
        var revisions = new List<PriceRevision>();
        var notDownloaded = new List<DateOnly>();
        var unchanged = 0;
        var first = downloaded.Count > 0 ? downloaded[0].Date : DateOnly.MaxValue;
        var last = downloaded.Count > 0 ? downloaded[^1].Date : DateOnly.MinValue;

        int i = 0, j = 0;
        while (i < existing.Count || j < downloaded.Count)
        {
            var order = i == existing.Count ? 1 : j == downloaded.Count ? -1 : existing[i].Date.CompareTo(downloaded[j].Date);
            if (order < 0)
            {
                var kept = existing[i++];
                if (kept.Date >= first && kept.Date <= last)
                    notDownloaded.Add(kept.Date);
                merged.Add(kept);
            }
            else if (order > 0)
            {
                added.Add(downloaded[j].Date);
                merged.Add(downloaded[j++]);
            }
            else
            {
                var before = revisions.Count;
                merged.Add(Reconcile(existing[i++], downloaded[j++], relativeTolerance, revisions));
                if (revisions.Count == before)
                    unchanged++;
            }
        }
        return new PriceMergeResult(merged, added, revisions, unchanged, notDownloaded);
    }

    private static PriceBar Reconcile(PriceBar old, PriceBar fresh, double tolerance, List<PriceRevision> revisions)
    {
        double? Pick(string field, double? was, double? now)
        {
            if (now is not { } n || (was is { } w && Same(w, n, tolerance)))
                return was;
            revisions.Add(new PriceRevision(old.Date, field, was, n));
            return n;
        }

        return new PriceBar(old.Date,
            Pick("Open", old.Open, fresh.Open),
            Pick("High", old.High, fresh.High),
            Pick("Low", old.Low, fresh.Low),
            Pick("Close", old.Close, fresh.Close),
            Pick("Adj Close", old.AdjClose, fresh.AdjClose),
            Pick("Volume", old.Volume, fresh.Volume));
    }

    private static bool Same(double a, double b, double tolerance) =>
        a == b || Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static void RequireIncreasing(IReadOnlyList<PriceBar> bars, string name)
    {
        for (var k = 1; k < bars.Count; k++)
        {
            if (bars[k].Date <= bars[k - 1].Date)
                throw new ArgumentException(
                    $"Bars must be strictly increasing by date: {bars[k - 1].Date:yyyy-MM-dd} is followed by {bars[k].Date:yyyy-MM-dd} (bar {k + 1}).", name);
        }
    }
}
