using System.Globalization;

namespace MinerCapex.Notebook;

/// <summary>
/// How every number in a read-out is written, one rule per <see cref="Quantity"/>, so that a correlation reads
/// the same in a sentence and in a table and in every notebook.
/// </summary>
/// <remarks>
/// Rounding never produces "−0.00": a value that rounds to zero is written without a sign. Missing values (null,
/// NaN) are written as <see cref="Missing"/>. The minus sign is the ASCII hyphen-minus, so that a copied number parses.
/// </remarks>
public static class Numbers
{
    /// <summary>What a missing value shows: a dash, so that a blank is never mistaken for zero.</summary>
    public const string Missing = "–";

    /// <summary>The smallest p-value written as a number; anything below is "&lt; 0.0001".</summary>
    public const double SmallestP = 0.0001;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary><paramref name="value"/> written as <paramref name="quantity"/> asks; text for anything that is not a number.</summary>
    public static string Format(object? value, Quantity quantity) => value switch
    {
        null => Missing,
        double d => Format(d, quantity),
        float f => Format((double)f, quantity),
        decimal m => Format((double)m, quantity),
        int or long or short or byte or uint or ulong or ushort or sbyte when quantity is Quantity.Count or Quantity.Text
            => Convert.ToString(value, Invariant)!,
        int or long or short or byte or uint or ulong or ushort or sbyte => Format(Convert.ToDouble(value, Invariant), quantity),
        DateOnly date => Date(date),
        DateTime time => Date(DateOnly.FromDateTime(time)),
        IFormattable formattable => formattable.ToString(null, Invariant),
        _ => value.ToString() ?? "",
    };

    /// <summary>A number written as <paramref name="quantity"/> asks.</summary>
    public static string Format(double value, Quantity quantity) => quantity switch
    {
        Quantity.Count => double.IsNaN(value) ? Missing : Fixed(value, 0),
        Quantity.Correlation or Quantity.Beta or Quantity.Statistic or Quantity.Ratio => Fixed(value, 2),
        Quantity.Coefficient => Fixed(value, 4),
        Quantity.P => P(value),
        Quantity.Percent => Percent(value),
        Quantity.SignedPercent => SignedPercent(value),
        Quantity.Share => Share(value),
        Quantity.Level or Quantity.DegreesOfFreedom => Fixed(value, 1),
        _ => double.IsNaN(value) ? Missing : value.ToString("R", Invariant),
    };

    /// <summary>
    /// The most decimals <see cref="Format(double, Quantity)"/> writes for <paramref name="quantity"/> (a p-value's
    /// 4, below 0.01); null for quantities that are not numbers written to a fixed precision.
    /// </summary>
    public static int? Decimals(Quantity quantity) => quantity switch
    {
        Quantity.Count or Quantity.Share => 0,
        Quantity.Percent or Quantity.SignedPercent or Quantity.Level or Quantity.DegreesOfFreedom => 1,
        Quantity.Correlation or Quantity.Beta or Quantity.Statistic or Quantity.Ratio => 2,
        Quantity.Coefficient or Quantity.P => 4,
        _ => null,
    };

    /// <summary><paramref name="value"/> with exactly <paramref name="decimals"/> decimals, never "-0.00".</summary>
    public static string Fixed(double value, int decimals)
    {
        if (double.IsNaN(value))
            return Missing;
        if (double.IsInfinity(value))
            return value > 0 ? "∞" : "-∞";
        var text = value.ToString("F" + decimals.ToString(Invariant), Invariant);
        return IsNegativeZero(text) ? text[1..] : text;
    }

    /// <summary>A p-value: "0.37" from 0.01 up, "0.0063" below 0.01, "&lt; 0.0001" below <see cref="SmallestP"/>.</summary>
    public static string P(double p) => double.IsNaN(p) ? Missing
        : p < SmallestP ? "< 0.0001"
        : p < 0.01 ? Fixed(p, 4)
        : Fixed(p, 2);

    /// <summary>A p-value for a sentence: "p = 0.37" or "p &lt; 0.0001"; "p n/a" when there is none.</summary>
    public static string PClause(double? p) => p is not { } x || double.IsNaN(x) ? "p n/a" : x < SmallestP ? "p < 0.0001" : $"p = {P(x)}";

    /// <summary>A fraction as a percentage: 0.1384 is "13.8%".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        double.IsNaN(fraction) ? Missing : Fixed(100 * fraction, decimals) + "%";

    /// <summary>A fraction as a signed percentage: "+13.8%", "-2.1%", and "0.0%" for what rounds to zero.</summary>
    public static string SignedPercent(double fraction, int decimals = 1) => double.IsNaN(fraction) ? Missing : Signed(Fixed(100 * fraction, decimals)) + "%";

    /// <summary>A signed number with fixed decimals: "+0.12", "-0.05", "0.00".</summary>
    public static string SignedFixed(double value, int decimals) => double.IsNaN(value) ? Missing : Signed(Fixed(value, decimals));

    /// <summary>A share as a whole percentage: 0.42 is "42%".</summary>
    public static string Share(double fraction) => Percent(fraction, 0);

    /// <summary>An amount in US$ billions with at most one decimal: "$9.7B", "$400B".</summary>
    public static string UsdBillions(double amount) => double.IsNaN(amount) ? Missing : "$" + amount.ToString("0.#", Invariant) + "B";

    /// <summary>A power capacity in gigawatts with at most one decimal: "1.3 GW".</summary>
    public static string Gigawatts(double gw) => double.IsNaN(gw) ? Missing : gw.ToString("0.#", Invariant) + " GW";

    /// <summary>An ISO 8601 date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    private static string Signed(string text) => text.StartsWith('-') || IsZero(text) ? text : "+" + text;

    private static bool IsNegativeZero(string text) => text.StartsWith('-') && IsZero(text[1..]);

    private static bool IsZero(string text) => text.All(c => c is '0' or '.');
}
