using System.Globalization;
using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// One-day moves of the study price (Adj Close, else Close) whose absolute simple return exceeds
/// <see cref="QualityOptions.LargeMoveThreshold"/>, each with the catalog events that match it.
/// </summary>
/// <remarks>
/// Returns run over the file's bars in date order, one bar per date (a repeated date is reported by
/// <see cref="BarChecks.DateSequence"/> and its later copies are skipped here). Placeholder bars and bars without a
/// study price are skipped too, so the move after such a bar is measured from the last real price and the detail
/// names that date. Most large moves in the bundled data are real news, which is why the events are listed beside them.
/// </remarks>
public static class LargeMoves
{
    /// <summary>The large moves of <paramref name="history"/>, in date order.</summary>
    public static IReadOnlyList<QualityFinding> Find(PriceHistory history, QualityContext context)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(context);
        var threshold = context.Options.LargeMoveThreshold;
        var placeholders = history.Placeholders.Select(p => p.Index).ToHashSet();
        var seen = new HashSet<DateOnly>();
        var usable = new List<(DateOnly Date, int Index, double Price, string Column)>();
        for (var i = 0; i < history.Bars.Count; i++)
        {
            var bar = history.Bars[i];
            if (!seen.Add(bar.Date) || placeholders.Contains(i)) continue;
            if (bar.StudyPrice is { } p && p > 0) usable.Add((bar.Date, i, p, bar.AdjClose is null ? "Close" : "Adj Close"));
        }
        usable.Sort((a, b) => a.Date.CompareTo(b.Date));

        var found = new List<QualityFinding>();
        for (var k = 1; k < usable.Count; k++)
        {
            var (date, index, price, column) = usable[k];
            var previous = usable[k - 1];
            var r = price / previous.Price - 1.0;
            if (!(Math.Abs(r) > threshold)) continue;

            var events = EventMatching.Matching(history.Symbol, date, context);
            var move = $"{r.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture)} from {BarChecks.Show(previous.Price)} on {previous.Date:yyyy-MM-dd} to {BarChecks.Show(price)}";
            var why = events.Count == 0
                ? $"no catalog event names {history.Symbol} on this date."
                : "events: " + string.Join(" | ", events.Select(e => $"{e.Id} ({e.Headline})"));
            found.Add(new QualityFinding(history.SourcePath, BarFields.LineOf(index), history.Symbol, date, QualityIssue.LargeMove,
                column, r, $"{move}; {why}", events.Select(e => e.Id).ToList()));
        }
        return found;
    }
}
