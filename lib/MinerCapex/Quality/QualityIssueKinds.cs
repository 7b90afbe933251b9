namespace MinerCapex.Quality;

/// <summary>How the kinds of <see cref="QualityIssue"/> divide into defects and descriptions.</summary>
public static class QualityIssueKinds
{
    /// <summary>
    /// True for the defects of the bars themselves, which someone must fix in the file: duplicate or unsorted dates,
    /// non-positive prices, negative volume, and a High or Low that contradicts the bar's other prices. Placeholder
    /// bars, late starts, null columns, calendar gaps and large moves describe the series as it is and are not.
    /// </summary>
    public static bool IsBarDefect(this QualityIssue kind) => kind is
        QualityIssue.DuplicateDate or QualityIssue.UnsortedDate or QualityIssue.NonPositivePrice or QualityIssue.NegativeVolume or
        QualityIssue.HighBelowLow or QualityIssue.HighBelowOpenOrClose or QualityIssue.LowAboveOpenOrClose;
}
