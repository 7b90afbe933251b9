using Microsoft.Data.Analysis;
using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>A close-to-close move of one symbol.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Date">The day of the move (a session, or a calendar day for <see cref="DayMoves.CalendarDayMove"/>).</param>
/// <param name="PreviousDate">The day of the reference close: the previous session, or the previous calendar day.</param>
/// <param name="PreviousClose">Study price (Adj Close, else Close) on <paramref name="PreviousDate"/>; NaN if missing.</param>
/// <param name="Close">Study price on <paramref name="Date"/>; NaN if missing.</param>
public sealed record DayMove(string Symbol, DateOnly Date, DateOnly PreviousDate, double PreviousClose, double Close)
{
    /// <summary>Simple return <c>Close / PreviousClose - 1</c>; NaN when either price is missing.</summary>
    public double Return => Close / PreviousClose - 1.0;

    /// <summary>Log return <c>ln(Close / PreviousClose)</c>; NaN when either price is missing.</summary>
    public double LogReturn => Math.Log(Close / PreviousClose);
}

/// <summary>
/// Close-to-close moves on a given day, to check news reports ("CIFR +19.4% on 2025-09-09"). Equities move
/// from the previous session's close. Bitcoin has two moves: session to session (the panel's BTC close
/// on the session against the previous session's, so a Monday includes the weekend) and calendar day
/// (the raw file's close on the date against the day before).
/// </summary>
public static class DayMoves
{
    /// <summary>
    /// The session-to-session move of every symbol (or of <paramref name="symbols"/>) on
    /// <paramref name="session"/>: the panel's price that session against the previous session's.
    /// A symbol without a price on either session has a NaN move.
    /// </summary>
    /// <param name="prices">A panel of study prices.</param>
    /// <param name="session">The session of the move; must be a session of the panel, not its first.</param>
    /// <param name="symbols">Symbols to report; all of the panel's when null.</param>
    /// <exception cref="ArgumentException"><paramref name="session"/> is not a session of the panel, or is its first.</exception>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    public static IReadOnlyList<DayMove> SessionMoves(this SessionPanel prices, DateOnly session, IEnumerable<string>? symbols = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var t = prices.IndexOf(session);
        if (t < 0)
            throw new ArgumentException($"{session:yyyy-MM-dd} ({session.DayOfWeek}) is not a session of the panel.", nameof(session));
        if (t == 0)
            throw new ArgumentException($"{session:yyyy-MM-dd} is the panel's first session; it has no previous close.", nameof(session));
        return (symbols ?? prices.Symbols)
            .Select(s => new DayMove(s, session, prices.Sessions[t - 1], prices[s][t - 1], prices[s][t]))
            .ToList();
    }

    /// <summary>The session-to-session move of one symbol; see <see cref="SessionMoves"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="session"/> is not a session of the panel, or is its first.</exception>
    /// <exception cref="KeyNotFoundException">The symbol is not in the panel.</exception>
    public static DayMove SessionMove(this SessionPanel prices, string symbol, DateOnly session) =>
        prices.SessionMoves(session, [symbol])[0];

    /// <summary>
    /// The calendar-day move in a raw daily history (crypto trades every day): the study price of the bar
    /// dated <paramref name="date"/> against the bar of the day before. NaN when the earlier bar is absent
    /// or has no price.
    /// </summary>
    /// <exception cref="ArgumentException">The history has no bar dated <paramref name="date"/>.</exception>
    public static DayMove CalendarDayMove(this PriceHistory history, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(history);
        double? close = null, previous = null;
        var found = false;
        foreach (var bar in history.Bars)
        {
            if (bar.Date == date) { close = bar.StudyPrice; found = true; }
            else if (bar.Date == date.AddDays(-1)) previous = bar.StudyPrice;
        }
        if (!found)
            throw new ArgumentException($"{history.SourcePath} has no bar dated {date:yyyy-MM-dd}.", nameof(date));
        return new DayMove(history.Symbol, date, date.AddDays(-1), previous ?? double.NaN, close ?? double.NaN);
    }

    /// <summary>Columns <c>symbol, date, previous_date, previous_close, close, return, log_return</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<DayMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var list = moves.ToList();
        return new DataFrame(
            Frames.Text("symbol", list.Select(m => m.Symbol)),
            Frames.Dates("date", list.Select(m => m.Date)),
            Frames.Dates("previous_date", list.Select(m => m.PreviousDate)),
            Frames.Doubles("previous_close", list.Select(m => m.PreviousClose)),
            Frames.Doubles("close", list.Select(m => m.Close)),
            Frames.Doubles("return", list.Select(m => m.Return)),
            Frames.Doubles("log_return", list.Select(m => m.LogReturn)));
    }
}
