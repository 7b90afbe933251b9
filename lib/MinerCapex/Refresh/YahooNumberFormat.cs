using System.Globalization;

namespace MinerCapex.Refresh;

/// <summary>
/// Writes numbers the way the bundled price files hold them, so that a value read and written back
/// keeps its exact text: prices in Python's <c>repr</c> form (the shortest text that reads back to the
/// same double, <c>96.0</c> for an integral value, <c>1e-05</c> beyond the fixed-notation range) and
/// volumes as plain integers.
/// </summary>
public static class YahooNumberFormat
{
    // Python's repr switches to scientific notation when the decimal exponent leaves [-4, 16).
    private const int SmallestFixedExponent = -4;
    private const int FirstScientificExponent = 16;

    /// <summary>Formats a price: the shortest round-trip digits, laid out as Python's <c>repr(float)</c> does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite; a price file cannot hold it.</exception>
    public static string FormatPrice(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A price file holds finite numbers only.");

        var sign = double.IsNegative(value) ? "-" : "";
        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        if (digits.Length == 0)
            return sign + "0.0";

        var exponent = pointPosition - 1;
        if (exponent is < SmallestFixedExponent or >= FirstScientificExponent)
        {
            var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            var exponentText = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{exponentText}";
        }
        if (pointPosition <= 0)
            return sign + "0." + new string('0', -pointPosition) + digits;
        if (pointPosition >= digits.Length)
            return sign + digits + new string('0', pointPosition - digits.Length) + ".0";
        return sign + digits[..pointPosition] + "." + digits[pointPosition..];
    }

    /// <summary>
    /// Formats a volume: an integral value as a plain integer (<c>826000</c>), anything else as a price.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static string FormatVolume(double value)
    {
        // 2^53: beyond it not every integer is a double, and a long cast stops being exact text.
        const double LargestExactInteger = 9007199254740992d;
        if (double.IsFinite(value) && Math.Abs(value) <= LargestExactInteger && value == Math.Floor(value))
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        return FormatPrice(value);
    }

    /// <summary>
    /// The significant digits of the shortest round-trip text of a non-negative finite value, without
    /// leading or trailing zeros, and where the decimal point falls: value = 0.DIGITS × 10^pointPosition.
    /// </summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        // "R" gives the shortest round-trip digits on .NET Core 3.0+, as "123.45", "1E-05" or "1.5E+16".
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E');
        var exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var pointAt = mantissa.IndexOf('.');
        var integerPart = pointAt < 0 ? mantissa : mantissa[..pointAt];
        var fraction = pointAt < 0 ? "" : mantissa[(pointAt + 1)..];

        var digits = integerPart + fraction;
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits, pointPosition - leadingZeros);
    }
}
