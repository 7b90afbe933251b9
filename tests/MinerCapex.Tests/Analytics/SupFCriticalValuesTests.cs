using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class SupFCriticalValuesTests
{
    [Theory]
    // Stock and Watson's QLR table, 15% trimming (Andrews 2003).
    [InlineData(1, 7.12, 8.68, 12.16)]
    [InlineData(4, 3.59, 4.09, 5.12)]
    [InlineData(10, 2.48, 2.71, 3.23)]
    public void For_TabulatedRestrictions_GivesTheTableRow(int q, double ten, double five, double one) =>
        Assert.Equal(new SupFCriticalValue(ten, five, one), SupFCriticalValues.For(q));

    [Fact]
    public void Rows_DecreaseWithRestrictions_AndIncreaseWithConfidence()
    {
        for (var q = 1; q <= 10; q++)
        {
            var row = SupFCriticalValues.For(q)!;
            Assert.True(row.TenPercent < row.FivePercent && row.FivePercent < row.OnePercent, $"q={q}");
            if (q > 1) Assert.True(row.FivePercent < SupFCriticalValues.For(q - 1)!.FivePercent, $"q={q}");
        }
    }

    [Theory]
    [InlineData(0, 0.15)]
    [InlineData(11, 0.15)]
    [InlineData(4, 0.10)]
    public void For_UntabulatedCases_IsNull(int q, double trim) => Assert.Null(SupFCriticalValues.For(q, trim));

    [Theory]
    [InlineData(5.57, 0.01)]
    [InlineData(4.18, 0.05)]
    [InlineData(3.60, 0.10)]
    [InlineData(3.55, null)]
    public void Level_IsTheSmallestRejectingLevel(double supF, double? level) =>
        Assert.Equal(level, SupFCriticalValues.For(4)!.Level(supF));
}
