using System.Globalization;
using MinerCapex.Refresh;

namespace MinerCapex.Tests.Refresh;

public class YahooNumberFormatTests
{
    /// <summary>828 doubles (edge cases, float32 prices, arbitrary magnitudes) against Python's repr; see make_repr_reference.py.</summary>
    [Fact]
    public void FormatPrice_MatchesPythonRepr_OnReferenceValues()
    {
        var lines = RefreshTestData.Fixture("python-repr-reference.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 800);
        var mismatches = new List<string>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            var value = BitConverter.Int64BitsToDouble(long.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var text = YahooNumberFormat.FormatPrice(value);
            if (text != parts[1])
                mismatches.Add($"{parts[0]}: expected {parts[1]}, got {text}");
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(96.0, "96.0")]
    [InlineData(18.75, "18.75")]
    [InlineData(0.578000009059906, "0.578000009059906")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.0, "0.0")]
    public void FormatPrice_KnownTexts(double value, string expected) =>
        Assert.Equal(expected, YahooNumberFormat.FormatPrice(value));

    [Theory]
    [InlineData(826000.0, "826000")]
    [InlineData(45329286974.0, "45329286974")]
    [InlineData(0.0, "0")]
    [InlineData(1234.5, "1234.5")]
    public void FormatVolume_IntegersWithoutDecimalPoint(double value, string expected) =>
        Assert.Equal(expected, YahooNumberFormat.FormatVolume(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FormatPrice_NonFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => YahooNumberFormat.FormatPrice(value));
}
