using System.Globalization;

namespace MinerCapex.Data.Csv;

/// <summary>
/// Parsing of single CSV fields, free of any reader state so that it can be tested and reused on
/// spans. Numbers use the invariant culture; dates are ISO <c>yyyy-MM-dd</c> only.
/// </summary>
internal static class FieldText
{
    /// <summary>True for a field that stands for "unknown": empty, blank, or the literal <c>null</c> Yahoo writes.</summary>
    public static bool IsMissing(ReadOnlySpan<char> field)
    {
        var t = field.Trim();
        return t.IsEmpty || t.Equals("null", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a finite number; NaN and infinities are rejected because no file should carry them.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> field, out double value) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c> (surrounding blanks allowed) into a valid calendar date. Hand-rolled
    /// because the price loader parses a million dates and the general pattern parser dominates otherwise.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> field, out DateOnly date)
    {
        date = default;
        var s = field.Trim();
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day))
            return false;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses <c>true</c> or <c>false</c>, any letter case.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<char> field, out bool value)
    {
        var t = field.Trim();
        if (t.Equals("true", StringComparison.OrdinalIgnoreCase)) { value = true; return true; }
        if (t.Equals("false", StringComparison.OrdinalIgnoreCase)) { value = false; return true; }
        value = false;
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            var d = c - '0';
            if ((uint)d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
