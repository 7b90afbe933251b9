using System.Globalization;
using MinerCapex.Data.Csv;

namespace MinerCapex.Tests.Data;

/// <summary>The hand-written field parsers must agree exactly with the framework's.</summary>
public class FieldTextTests
{
    [Fact]
    public void TryParseNumber_EveryBundledValueMatchesDoubleParseBitForBit()
    {
        var checkedValues = 0;
        var fast = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(Fixture.RepoRoot, "data", "prices"), "*.csv"))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                foreach (var field in line.Split(',').Skip(1))
                {
                    if (field == "null") continue;
                    Assert.True(FieldText.TryParseNumber(field, out var v), field);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(field, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(v));
                    if (FieldText.TryParsePlainDecimal(field, out _)) fast++;
                    checkedValues++;
                }
            }
        }
        Assert.True(checkedValues > 100_000);
        Assert.True(fast > checkedValues / 3, $"fast path took {fast} of {checkedValues}");
    }

    [Fact]
    public void TryParseNumber_RandomDecimalsMatchDoubleParse()
    {
        var random = new Random(7);
        string[] formats = ["R", "F2", "F6", "G15", "G17", "0.####################"];
        for (var k = 0; k < 200_000; k++)
        {
            var x = Math.Pow(10, random.Next(-8, 12)) * random.NextDouble() * (random.Next(2) == 0 ? -1 : 1);
            var text = x.ToString(formats[k % formats.Length], CultureInfo.InvariantCulture);
            Assert.True(FieldText.TryParseNumber(text, out var v), text);
            Assert.True(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)) == BitConverter.DoubleToInt64Bits(v), text);
        }
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-0", -0.0)]
    [InlineData("007.50", 7.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData(" 1.25 ", 1.25)]
    [InlineData("+3", 3.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("9007199254740993", 9007199254740992.0)] // 2^53 + 1 rounds to even through the general parser
    [InlineData("0.1234567890123456789012345", 0.1234567890123456789012345)]
    public void TryParseNumber_Edges(string text, double expected)
    {
        Assert.True(FieldText.TryParseNumber(text, out var v));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(v));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("12abc")]
    public void TryParseNumber_Rejects(string text) => Assert.False(FieldText.TryParseNumber(text, out _));

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("2025-1-10", false)]
    [InlineData("2025/01/10", false)]
    [InlineData(" 2025-01-10 ", true)]
    public void TryParseDate_AcceptsOnlyRealIsoDates(string text, bool ok) => Assert.Equal(ok, FieldText.TryParseDate(text, out _));
}
