using MinerCapex.Notebook;

namespace MinerCapex.Tests.Notebook;

public class NumbersTests
{
    [Theory]
    [InlineData(0.372361, "0.37")]
    [InlineData(0.05, "0.05")]
    [InlineData(0.01, "0.01")]
    [InlineData(0.00629, "0.0063")]
    [InlineData(0.000348774, "0.0003")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1.57969e-5, "< 0.0001")]
    [InlineData(0.0, "< 0.0001")]
    [InlineData(1.0, "1.00")]
    public void A_p_value_has_two_decimals_four_below_one_percent_and_a_floor(double p, string expected) =>
        Assert.Equal(expected, Numbers.P(p));

    [Theory]
    [InlineData(0.372361, "p = 0.37")]
    [InlineData(0.00001, "p < 0.0001")]
    [InlineData(null, "p n/a")]
    public void A_p_clause_reads_in_a_sentence(double? p, string expected) => Assert.Equal(expected, Numbers.PClause(p));

    [Theory]
    [InlineData(-0.004, Quantity.Correlation, "0.00")]
    [InlineData(-0.0049, Quantity.Beta, "0.00")]
    [InlineData(-0.006, Quantity.Correlation, "-0.01")]
    [InlineData(-0.0004, Quantity.Percent, "0.0%")]
    [InlineData(-0.00004, Quantity.SignedPercent, "0.0%")]
    [InlineData(-0.00004, Quantity.Coefficient, "0.0000")]
    public void Nothing_rounds_to_negative_zero(double value, Quantity quantity, string expected) =>
        Assert.Equal(expected, Numbers.Format(value, quantity));

    [Theory]
    [InlineData(0.601, Quantity.Correlation, "0.60")]
    [InlineData(0.54, Quantity.Correlation, "0.54")]
    [InlineData(4.0, Quantity.Statistic, "4.00")]
    [InlineData(4.123, Quantity.Statistic, "4.12")]
    [InlineData(1.2345, Quantity.Beta, "1.23")]
    [InlineData(-0.00204, Quantity.Coefficient, "-0.0020")]
    [InlineData(0.1384, Quantity.Percent, "13.8%")]
    [InlineData(0.1293, Quantity.SignedPercent, "+12.9%")]
    [InlineData(-0.021, Quantity.SignedPercent, "-2.1%")]
    [InlineData(0.4249, Quantity.Share, "42%")]
    [InlineData(247.04, Quantity.Level, "247.0")]
    [InlineData(412.6, Quantity.DegreesOfFreedom, "412.6")]
    [InlineData(12.0, Quantity.Count, "12")]
    public void Each_quantity_has_its_fixed_decimals(double value, Quantity quantity, string expected) =>
        Assert.Equal(expected, Numbers.Format(value, quantity));

    [Fact]
    public void Missing_values_show_a_dash_whatever_the_quantity()
    {
        Assert.All(Enum.GetValues<Quantity>(), q => Assert.Equal(Numbers.Missing, Numbers.Format(double.NaN, q)));
        Assert.Equal(Numbers.Missing, Numbers.Format((object?)null, Quantity.P));
    }

    [Fact]
    public void Dates_and_amounts_have_one_form()
    {
        Assert.Equal("2025-11-24", Numbers.Format(new DateOnly(2025, 11, 24), Quantity.Date));
        Assert.Equal("$9.7B", Numbers.UsdBillions(9.7));
        Assert.Equal("$400B", Numbers.UsdBillions(400));
        Assert.Equal("1.3 GW", Numbers.Gigawatts(1.3));
        Assert.Equal("+13.84%", Numbers.SignedPercent(0.1384, 2));
    }
}
