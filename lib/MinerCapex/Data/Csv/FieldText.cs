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

    /// <summary>Exact powers of ten as doubles: 10^22 is the largest that a double holds exactly.</summary>
    private static readonly double[] ExactPowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Parses a finite number; NaN and infinities are rejected because no file should carry them.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> field, out double value) =>
        TryParsePlainDecimal(field, out value)
        || (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));

    /// <summary>
    /// The fast path for the common shape <c>-?digits[.digits]</c>: when the significant digits form an integer
    /// m ≤ 2^53 and there are at most 22 decimals, m and 10^k are exact doubles and one IEEE division
    /// m / 10^k is correctly rounded, so the result equals <see cref="double.Parse(string)"/> bit for bit
    /// (Clinger's fast path). Anything else (more digits, exponents, blanks, signs '+') returns false and goes
    /// to the general parser.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] == '-')
        {
            negative = true;
            i = 1;
        }
        ulong mantissa = 0;
        int significant = 0, decimals = 0, digits = 0;
        var afterPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                digits++;
                if (afterPoint) decimals++;
                if (mantissa == 0 && d == 0) continue; // leading zeros are not significant
                if (++significant > 19) return false;
                mantissa = mantissa * 10 + d;
            }
            else if (c == '.' && !afterPoint)
            {
                afterPoint = true;
            }
            else
            {
                return false;
            }
        }
        if (digits == 0 || mantissa > 1UL << 53 || decimals >= ExactPowersOfTen.Length) return false;
        var v = decimals == 0 ? (double)mantissa : mantissa / ExactPowersOfTen[decimals];
        value = negative ? -v : v;
        return true;
    }

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
