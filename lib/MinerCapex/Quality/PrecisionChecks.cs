using System.Globalization;
using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Finds where a series' prices start being rounded: a file spliced from two sources can switch from full float digits to a
/// copy rounded to a few significant digits (BTC-USD and ETH-USD after 2026-01-30 carry 6), which bounds how small a return
/// the series can still show.
/// </summary>
public static class PrecisionChecks
{
    /// <summary>
    /// The run of bars at the end of the file whose every known price (Open, High, Low, Close, Adj Close) has at most
    /// <see cref="QualityOptions.RoundedSignificantDigits"/> significant digits, when the bar before it has a price with more and the
    /// run lasts at least <see cref="QualityOptions.MinimumRegimeBars"/> bars: one <see cref="QualityIssue.PrecisionDrop"/> at the
    /// run's first line, with the run's length as the value. A file that is short-digited throughout has nothing to report.
    /// </summary>
    public static IReadOnlyList<QualityFinding> Drop(PriceHistory history, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var bars = history.Bars;
        var limit = options.RoundedSignificantDigits;
        var start = bars.Count;
        while (start > 0 && MostDigits(bars[start - 1]) <= limit) start--;
        var run = bars.Count - start;
        if (start == 0 || run < options.MinimumRegimeBars) return [];

        var before = MostDigits(bars[start - 1]);
        var resolution = (0.5 * Math.Pow(10, 1 - limit)).ToString("0.#######", CultureInfo.InvariantCulture);
        return
        [
            new(history.SourcePath, BarFields.LineOf(start), history.Symbol, bars[start].Date, QualityIssue.PrecisionDrop, null, run,
                $"From {bars[start].Date:yyyy-MM-dd} to the end of the file ({run} bars) every price has at most {limit} significant digits, while the bar before " +
                $"({bars[start - 1].Date:yyyy-MM-dd}, line {BarFields.LineOf(start - 1)}) has {before}: the source rounded them, so each price is known " +
                $"only to a relative {resolution}."),
        ];
    }

    /// <summary>The most significant digits among the bar's known prices; 0 when it has none.</summary>
    internal static int MostDigits(PriceBar bar)
    {
        var most = 0;
        foreach (var (_, get) in BarFields.Prices)
        {
            if (get(bar) is { } x) most = Math.Max(most, SignificantDigits(x));
        }
        return most;
    }

    /// <summary>
    /// The significant digits of the shortest decimal text of <paramref name="value"/>. A value that is exactly a single-precision
    /// float is counted by the float's shortest text: Yahoo stores prices as floats, and the files' earlier rows are those floats
    /// widened to double (16.649999618530273 is the float 16.65, 4 digits), which are not extra precision.
    /// </summary>
    internal static int SignificantDigits(double value)
    {
        var single = (float)value;
        var text = (double)single == value
            ? single.ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOfAny(['E', 'e']);
        var mantissa = (exponent < 0 ? text : text[..exponent]).Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return mantissa.Trim('0').Length;
    }
}
