using MinerCapex.Data;
using MinerCapex.Quality;

namespace MinerCapex.Tests.Quality;

public class PrecisionChecksTests
{
    private static readonly QualityOptions ThreeBars = new() { MinimumRegimeBars = 3 };

    private static PriceHistory History(params double[] closes) =>
        new("TEST", "TEST.csv", closes.Select((c, i) => new PriceBar(new DateOnly(2026, 1, 1).AddDays(i), c, c, c, c, c, 100)));

    [Theory]
    [InlineData(85557.6, 6)]
    [InlineData(89169.85156, 10)]           // the spreadsheet copy of BTC-USD before the splice
    [InlineData(16.649999618530273, 4)]     // the float 16.65 widened to double: Yahoo's stored value
    [InlineData(112071.4296875, 8)]         // the float 112071.43
    [InlineData(242.96, 5)]
    [InlineData(196, 3)]
    [InlineData(0.000123, 3)]
    [InlineData(1e-05, 1)]
    public void SignificantDigits_CountTheShortestText_OfTheFloatWhenTheValueIsOne(double value, int digits)
    {
        Assert.Equal(digits, PrecisionChecks.SignificantDigits(value));
    }

    [Fact]
    public void RoundedTail_IsOneFinding_AtItsFirstBar_WithItsLength()
    {
        var history = History(89169.85156, 84561.58594, 84128.65625, 78621.1, 77108.9, 76000, 75815.9);

        var f = Assert.Single(PrecisionChecks.Drop(history, ThreeBars));

        Assert.Equal((5, new DateOnly(2026, 1, 4), QualityIssue.PrecisionDrop, 4.0), (f.Line, f.Date!.Value, f.Kind, f.Value!.Value));
        Assert.Equal("From 2026-01-04 to the end of the file (4 bars) every price has at most 6 significant digits, while the bar before " +
            "(2026-01-03, line 4) has 7: the source rounded them, so each price is known only to a relative 0.000005.", f.Detail);
    }

    [Fact]
    public void FloatPricesThenCents_IsNoDrop()
    {
        // An equity spliced from Yahoo's floats to a copy in cents: 16.65 was 16.65 all along.
        var history = History(16.649999618530273, 17.700000762939453, 15.329999923706055, 16.03, 15.33, 14.9, 15.1);
        Assert.Empty(PrecisionChecks.Drop(history, ThreeBars));
    }

    [Fact]
    public void ShortDigitsThroughout_OrATailShorterThanTheMinimum_IsNoDrop()
    {
        Assert.Empty(PrecisionChecks.Drop(History(78621.1, 77108.9, 76000, 75815.9), ThreeBars));
        Assert.Empty(PrecisionChecks.Drop(History(89169.85156, 84561.58594, 78621.1, 77108.9), ThreeBars));
    }

    [Fact]
    public void AnotherDigitLimit_IsTheOptions()
    {
        var history = History(84561.58594, 84128.65625, 84128.7, 78621.1, 77108.9);
        Assert.Empty(PrecisionChecks.Drop(history, ThreeBars with { RoundedSignificantDigits = 5 }));
        Assert.Equal(3, Assert.Single(PrecisionChecks.Drop(history, ThreeBars)).Value);
    }
}
