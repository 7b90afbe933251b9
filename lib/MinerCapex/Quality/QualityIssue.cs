namespace MinerCapex.Quality;

/// <summary>What a data-quality finding is about.</summary>
/// <remarks>
/// The first group are defects (the bar or the file is wrong); the rest describe the series as it is
/// (late listing, null columns, huge but real moves) so that nothing the loader or the analysis relies on is
/// left implicit.
/// </remarks>
public enum QualityIssue
{
    /// <summary>The file could not be read at all; the detail carries the reader's message.</summary>
    Unreadable,
    /// <summary>A date already seen on an earlier line of the same file.</summary>
    DuplicateDate,
    /// <summary>A date earlier than the date on the line before it.</summary>
    UnsortedDate,
    /// <summary>Open, High, Low, Close or Adj Close is zero or negative.</summary>
    NonPositivePrice,
    /// <summary>Volume is negative.</summary>
    NegativeVolume,
    /// <summary>High is below Low.</summary>
    HighBelowLow,
    /// <summary>High is below the Open or the Close of the same bar.</summary>
    HighBelowOpenOrClose,
    /// <summary>Low is above the Open or the Close of the same bar.</summary>
    LowAboveOpenOrClose,
    /// <summary>Open = High = Low = Close = the previous close with zero volume: not a real session.</summary>
    PlaceholderBar,
    /// <summary>A session of the calendar (a calendar day for crypto) has no bar inside the series' span.</summary>
    MissingSession,
    /// <summary>An equity or ETF bar dated on a day that is not a session of the calendar.</summary>
    OffCalendarDate,
    /// <summary>Bars dated outside the calendar's span, which cannot be checked against it.</summary>
    OutsideCalendar,
    /// <summary>The series starts after the calendar's first session (a listing, relisting or IPO).</summary>
    LateStart,
    /// <summary>The series ends before the calendar's last session.</summary>
    EarlyEnd,
    /// <summary>A column is null on every bar of the file.</summary>
    NullColumn,
    /// <summary>A run of consecutive bars where a column is null (the column has values elsewhere).</summary>
    NullValues,
    /// <summary>A one-day move of the study price beyond the threshold, with the catalog events that may explain it.</summary>
    LargeMove,
    /// <summary>A price file whose symbol has no row in the universe, or a universe symbol with no price file.</summary>
    UniverseMismatch,
    /// <summary>From some bar to the end of the file every price has at most a few significant digits, while the bar before has more: the source rounded them.</summary>
    PrecisionDrop,
    /// <summary>The set of columns with values changes within a file and the new set lasts: a column appears or becomes null from that bar on.</summary>
    ColumnsChange,
    /// <summary>The provider serves the symbol under another ticker (<c>data/tickers.csv</c>); the series continues in the symbol's own file.</summary>
    ProviderAlias,
}
