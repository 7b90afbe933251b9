using System.Globalization;
using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Checks that need nothing but the bars of one file: date order, signs, the High/Low range, null columns and
/// placeholder bars. Each is a pure function of a <see cref="PriceHistory"/> read in file order
/// (<see cref="DateOrder.AsInFile"/>), so a finding's line is the bar's line in the file.
/// </summary>
public static class BarChecks
{
    /// <summary>
    /// Dates that repeat an earlier line (<see cref="QualityIssue.DuplicateDate"/>) and dates earlier than the line
    /// before (<see cref="QualityIssue.UnsortedDate"/>). A repeated date is reported once, as a duplicate.
    /// </summary>
    public static IReadOnlyList<QualityFinding> DateSequence(PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var found = new List<QualityFinding>();
        var firstLine = new Dictionary<DateOnly, int>();
        var bars = history.Bars;
        for (var i = 0; i < bars.Count; i++)
        {
            var date = bars[i].Date;
            var line = BarFields.LineOf(i);
            if (!firstLine.TryAdd(date, line))
            {
                found.Add(new(history.SourcePath, line, history.Symbol, date, QualityIssue.DuplicateDate, "Date", null,
                    $"{date:yyyy-MM-dd} is already on line {firstLine[date]}."));
            }
            else if (i > 0 && date < bars[i - 1].Date)
            {
                found.Add(new(history.SourcePath, line, history.Symbol, date, QualityIssue.UnsortedDate, "Date", null,
                    $"{date:yyyy-MM-dd} comes after {bars[i - 1].Date:yyyy-MM-dd} (line {line - 1}); dates must increase."));
            }
        }
        return found;
    }

    /// <summary>Prices that are zero or negative, and negative volumes; one finding per offending value.</summary>
    public static IReadOnlyList<QualityFinding> Signs(PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var found = new List<QualityFinding>();
        var bars = history.Bars;
        for (var i = 0; i < bars.Count; i++)
        {
            foreach (var (name, get) in BarFields.Prices)
            {
                if (get(bars[i]) is { } x && !(x > 0))
                    found.Add(Value(history, i, QualityIssue.NonPositivePrice, name, x, $"{name} is {Show(x)}; prices must be positive."));
            }
            if (bars[i].Volume is { } v && v < 0)
                found.Add(Value(history, i, QualityIssue.NegativeVolume, "Volume", v, $"Volume is {Show(v)}."));
        }
        return found;
    }

    /// <summary>
    /// Bars whose High is below their Low, and otherwise bars whose High is below the Open or Close or whose Low is
    /// above them. Comparisons are exact and only between known values.
    /// </summary>
    public static IReadOnlyList<QualityFinding> Ranges(PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var found = new List<QualityFinding>();
        var bars = history.Bars;
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            if (b.High is { } high && b.Low is { } low && high < low)
            {
                // Swapped extremes are one defect; comparing each with the body would report it three times.
                found.Add(Value(history, i, QualityIssue.HighBelowLow, "High", high, $"High {Show(high)} is below Low {Show(low)}."));
                continue;
            }
            if (b.High is { } h)
            {
                if (b.Open is { } o && h < o)
                    found.Add(Value(history, i, QualityIssue.HighBelowOpenOrClose, "High", h, $"High {Show(h)} is below Open {Show(o)}."));
                else if (b.Close is { } c && h < c)
                    found.Add(Value(history, i, QualityIssue.HighBelowOpenOrClose, "High", h, $"High {Show(h)} is below Close {Show(c)}."));
            }
            if (b.Low is { } l)
            {
                if (b.Open is { } o && l > o)
                    found.Add(Value(history, i, QualityIssue.LowAboveOpenOrClose, "Low", l, $"Low {Show(l)} is above Open {Show(o)}."));
                else if (b.Close is { } c && l > c)
                    found.Add(Value(history, i, QualityIssue.LowAboveOpenOrClose, "Low", l, $"Low {Show(l)} is above Close {Show(c)}."));
            }
        }
        return found;
    }

    /// <summary>
    /// Columns that are null on every bar (<see cref="QualityIssue.NullColumn"/>, one finding per column, line 0) and,
    /// in the other columns, each run of consecutive null bars (<see cref="QualityIssue.NullValues"/>, at the run's first line,
    /// with its length as the value).
    /// </summary>
    public static IReadOnlyList<QualityFinding> Nulls(PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var found = new List<QualityFinding>();
        var bars = history.Bars;
        if (bars.Count == 0) return found;
        foreach (var (name, get) in BarFields.Values)
        {
            var nulls = 0;
            for (var i = 0; i < bars.Count; i++)
            {
                if (get(bars[i]) is null) nulls++;
            }
            if (nulls == 0) continue;
            if (nulls == bars.Count)
            {
                found.Add(new(history.SourcePath, 0, history.Symbol, null, QualityIssue.NullColumn, name, bars.Count,
                    $"{name} is null on all {bars.Count} bars."));
                continue;
            }
            for (var i = 0; i < bars.Count; i++)
            {
                if (get(bars[i]) is not null) continue;
                var start = i;
                while (i + 1 < bars.Count && get(bars[i + 1]) is null) i++;
                var length = i - start + 1;
                var span = length == 1
                    ? $"{name} is null on {bars[start].Date:yyyy-MM-dd}."
                    : $"{name} is null on {length} bars, {bars[start].Date:yyyy-MM-dd} to {bars[i].Date:yyyy-MM-dd} (lines {BarFields.LineOf(start)}-{BarFields.LineOf(i)}).";
                found.Add(new(history.SourcePath, BarFields.LineOf(start), history.Symbol, bars[start].Date, QualityIssue.NullValues, name, length, span));
            }
        }
        return found;
    }

    /// <summary>
    /// Placeholder bars as <see cref="PlaceholderBars"/> defines them (the history's own, found when it was read: the ones the panel masks),
    /// reported with the close they repeat.
    /// </summary>
    public static IReadOnlyList<QualityFinding> Placeholders(PriceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Placeholders
            .Select(p => new QualityFinding(history.SourcePath, p.Line, history.Symbol, p.Date, QualityIssue.PlaceholderBar, null, p.PreviousClose,
                $"Open = High = Low = Close = the previous close {Show(p.PreviousClose)} with zero volume: not a real session; the panel treats it as missing."))
            .ToList();
    }

    private static QualityFinding Value(PriceHistory h, int index, QualityIssue kind, string column, double value, string detail) =>
        new(h.SourcePath, BarFields.LineOf(index), h.Symbol, h.Bars[index].Date, kind, column, value, detail);

    /// <summary>A price as the file would show it, rounded for reading.</summary>
    internal static string Show(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
