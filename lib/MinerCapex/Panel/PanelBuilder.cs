using MinerCapex.Data;

namespace MinerCapex.Panel;

/// <summary>
/// Aligns price series on a session calendar. Session <c>d</c> takes the bar dated <c>d</c> and nothing else:
/// a symbol without a bar that day is NaN, and bars on other dates (crypto weekends, holidays) are left out
/// of the panel. For crypto, whose bars are UTC calendar days, session <c>d</c> therefore takes the close of
/// calendar day <c>d</c>, and a Monday's return spans Friday's close to Monday's.
/// </summary>
public static class PanelBuilder
{
    /// <summary>
    /// One column per history, in the given order, holding <paramref name="field"/> on each of <paramref name="sessions"/>.
    /// </summary>
    /// <param name="sessions">The calendar, strictly increasing.</param>
    /// <param name="histories">The series; each one's dates must strictly increase.</param>
    /// <param name="field">The value to take from each bar; <see cref="PriceField.StudyPrice"/> falls back to Close bar by bar.</param>
    /// <param name="options">Placeholder and fill treatment; <see cref="PanelOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A history's dates are not strictly increasing, or two histories share a symbol.</exception>
    public static SessionPanel Align(
        IReadOnlyList<DateOnly> sessions, IEnumerable<PriceHistory> histories, PriceField field = PriceField.StudyPrice, PanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(sessions);
        var series = histories as IReadOnlyList<PriceHistory> ?? histories.ToList();
        options ??= PanelOptions.Default;
        var rowOfDay = RowOfDay(sessions);
        var firstDay = sessions.Count == 0 ? 0 : sessions[0].DayNumber;
        var columns = new double[series.Count][];
        var symbols = new string[series.Count];
        for (var c = 0; c < series.Count; c++)
        {
            symbols[c] = series[c].Symbol;
            columns[c] = AlignOne(series[c], field, options.KeepPlaceholderBars, rowOfDay, firstDay, sessions.Count);
        }
        var panel = new SessionPanel(sessions, symbols, columns);
        return options.ForwardFill ? panel.FillForward() : panel;
    }

    private static double[] AlignOne(PriceHistory s, PriceField field, bool keepPlaceholders, int[] rowOfDay, int firstDay, int length)
    {
        var column = new double[length];
        Array.Fill(column, double.NaN);
        var (values, fallback) = s.Source(field);
        var dates = s.DateColumn;
        for (var i = 0; i < dates.Length; i++)
        {
            if (i > 0 && dates[i] <= dates[i - 1])
                throw new ArgumentException($"{s.Symbol}: dates must strictly increase, but {dates[i]:yyyy-MM-dd} follows {dates[i - 1]:yyyy-MM-dd} ({s.SourcePath}).");
            var day = dates[i].DayNumber - firstDay;
            if ((uint)day >= (uint)rowOfDay.Length) continue;
            var row = rowOfDay[day];
            if (row < 0) continue;
            var v = values[i];
            column[row] = double.IsNaN(v) && fallback is not null ? fallback[i] : v;
        }

        if (!keepPlaceholders)
        {
            foreach (var placeholder in s.Placeholders)
            {
                var day = placeholder.Date.DayNumber - firstDay;
                if ((uint)day < (uint)rowOfDay.Length && rowOfDay[day] >= 0) column[rowOfDay[day]] = double.NaN;
            }
        }
        return column;
    }

    /// <summary>Row of each calendar day between the first and the last session, -1 on days without a session.</summary>
    private static int[] RowOfDay(IReadOnlyList<DateOnly> sessions)
    {
        if (sessions.Count == 0) return [];
        var first = sessions[0].DayNumber;
        var rows = new int[sessions[^1].DayNumber - first + 1];
        Array.Fill(rows, -1);
        for (var r = 0; r < sessions.Count; r++) rows[sessions[r].DayNumber - first] = r;
        return rows;
    }
}
