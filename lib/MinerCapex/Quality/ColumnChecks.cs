using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Finds where the columns a file fills change for good: a file spliced from two sources can gain columns (WGMI's Open, High,
/// Low, Close and Volume from 2026-02-02) or lose them for a stretch (ETH-USD's from 2025-12-01). The null runs are findings of
/// their own (<see cref="BarChecks.Nulls"/>); this names the switch once, with what the file has on either side.
/// </summary>
public static class ColumnChecks
{
    /// <summary>
    /// One <see cref="QualityIssue.ColumnsChange"/> per switch between two runs of bars with the same filled columns, when both runs
    /// last at least <see cref="QualityOptions.MinimumRegimeBars"/> bars (so a single null volume is no switch), at the new run's
    /// first line, with the changed columns as the column (<c>;</c>-separated, as the report's event ids are) and the new run's length as the value.
    /// </summary>
    public static IReadOnlyList<QualityFinding> Changes(PriceHistory history, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var runs = Runs(history.Bars);
        var found = new List<QualityFinding>();
        for (var r = 1; r < runs.Count; r++)
        {
            var (before, beforeStart, beforeLength) = runs[r - 1];
            var (after, start, length) = runs[r];
            if (beforeLength < options.MinimumRegimeBars || length < options.MinimumRegimeBars) continue;
            var appear = Names(after & ~before);
            var vanish = Names(before & ~after);
            var change = string.Join("; ", new[]
            {
                appear.Count > 0 ? $"{Join(appear)} {(appear.Count == 1 ? "has" : "have")} values" : null,
                vanish.Count > 0 ? $"{Join(vanish)} {(vanish.Count == 1 ? "is" : "are")} null" : null,
            }.OfType<string>());
            var date = history.Bars[start].Date;
            found.Add(new(history.SourcePath, BarFields.LineOf(start), history.Symbol, date, QualityIssue.ColumnsChange,
                string.Join(";", appear.Concat(vanish)), length,
                $"From {date:yyyy-MM-dd} on, {change}: the {length} bars from here have {Join(Names(after))}; the {beforeLength} bars before " +
                $"(from {history.Bars[beforeStart].Date:yyyy-MM-dd}) have {Join(Names(before))}."));
        }
        return found;
    }

    /// <summary>The maximal runs of consecutive bars with the same filled columns, as (columns bit set, first index, length).</summary>
    private static List<(int Columns, int Start, int Length)> Runs(IReadOnlyList<PriceBar> bars)
    {
        var runs = new List<(int, int, int)>();
        for (var i = 0; i < bars.Count;)
        {
            var columns = Filled(bars[i]);
            var j = i + 1;
            while (j < bars.Count && Filled(bars[j]) == columns) j++;
            runs.Add((columns, i, j - i));
            i = j;
        }
        return runs;
    }

    /// <summary>Bit k is set when column k of <see cref="BarFields.Values"/> has a value.</summary>
    private static int Filled(PriceBar bar)
    {
        var set = 0;
        for (var k = 0; k < BarFields.Values.Length; k++)
        {
            if (BarFields.Values[k].Get(bar) is not null) set |= 1 << k;
        }
        return set;
    }

    private static List<string> Names(int columns) =>
        Enumerable.Range(0, BarFields.Values.Length).Where(k => (columns & (1 << k)) != 0).Select(k => BarFields.Values[k].Name).ToList();

    /// <summary>"Open", "Open and Close", "Open, High and Close"; "no column" for none.</summary>
    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "no column",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
