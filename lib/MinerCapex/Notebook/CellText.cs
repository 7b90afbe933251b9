using System.Collections;
using System.Globalization;

namespace MinerCapex.Notebook;

/// <summary>How a table cell is shown: its text and whether it is a number (right-aligned), missing or a link.</summary>
internal enum CellKind
{
    Text,
    Number,
    Missing,
    Link,
}

/// <summary>A value as a table shows it; a link's address is <paramref name="Url"/>, or the text itself when null.</summary>
internal readonly record struct CellText(string Text, CellKind Kind, string? Url = null, string? Title = null)
{
    /// <summary>What a missing value (null, NaN) shows: a dash, so that a blank is never mistaken for zero.</summary>
    public const string MissingText = "–";

    private const int MaxListedItems = 5;

    /// <summary>
    /// Formats one value with the invariant culture: floating-point numbers to six significant digits (scientific
    /// below 1e-4 and from 1e15), dates as ISO 8601, null and NaN as <see cref="MissingText"/>, http(s) strings as
    /// links and sequences as their first few items.
    /// </summary>
    public static CellText From(object? value) => value switch
    {
        null => new(MissingText, CellKind.Missing),
        Cited c when Cited.IsWebAddress(c.Url) => new(From(c.Value).Text, CellKind.Link, c.Url, c.Title),
        Cited c => From(c.Value),
        string s when Cited.IsWebAddress(s) => new(s, CellKind.Link),
        string s => new(s, CellKind.Text),
        double d => FromDouble(d),
        float f => FromDouble(f),
        decimal m => new(m.ToString(CultureInfo.InvariantCulture), CellKind.Number),
        byte or sbyte or short or ushort or int or uint or long or ulong
            => new(Convert.ToString(value, CultureInfo.InvariantCulture)!, CellKind.Number),
        bool b => new(b ? "true" : "false", CellKind.Text),
        DateOnly date => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CellKind.Text),
        DateTime time => new(FormatDateTime(time), CellKind.Text),
        DateTimeOffset time => new(time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture), CellKind.Text),
        TimeSpan span => new(span.ToString("c", CultureInfo.InvariantCulture), CellKind.Text),
        IEnumerable items => new(ListItems(items), CellKind.Text),
        IFormattable formattable => new(formattable.ToString(null, CultureInfo.InvariantCulture), CellKind.Text),
        _ => new(value.ToString() ?? "", CellKind.Text),
    };

    /// <summary>Six significant digits without trailing zeros; scientific notation only for very small or very large magnitudes.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
            return MissingText;
        if (double.IsPositiveInfinity(value))
            return "∞";
        if (double.IsNegativeInfinity(value))
            return "−∞";
        if (value == 0)
            return "0";
        var magnitude = Math.Abs(value);
        if (magnitude < 1e-4 || magnitude >= 1e15)
            return value.ToString("0.#####e+0", CultureInfo.InvariantCulture);
        var integerDigits = (int)Math.Floor(Math.Log10(magnitude)) + 1;
        var decimals = Math.Max(0, 6 - integerDigits);
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (text.Contains('.'))
            text = text.TrimEnd('0').TrimEnd('.');
        return text == "-0" ? "0" : text;
    }

    private static CellText FromDouble(double value) =>
        double.IsNaN(value) ? new(MissingText, CellKind.Missing) : new(FormatNumber(value), CellKind.Number);

    private static string FormatDateTime(DateTime time) => time.TimeOfDay == TimeSpan.Zero
        ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string ListItems(IEnumerable items)
    {
        var shown = new List<string>();
        var total = 0;
        foreach (var item in items)
        {
            if (total++ < MaxListedItems)
                shown.Add(From(item).Text);
        }
        var more = total > MaxListedItems ? $", … ({total - MaxListedItems} more)" : "";
        return string.Join(", ", shown) + more;
    }
}
