using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

/// <summary>Cross-sectional, BMP and sign tests against scipy 1.10 (ttest_1samp, binomtest) on small hand samples.</summary>
public class CrossSectionTests
{
    [Fact]
    public void Tests_MatchScipy()
    {
        // scipy: ttest_1samp([0.01,0.03,-0.02,0.05,0.0], 0), ttest_1samp([0.8,1.9,-0.7,2.4,0.1], 0)
        double[] cars = [0.01, 0.03, -0.02, 0.05, 0.0];
        double[] scars = [0.8, 1.9, -0.7, 2.4, 0.1];

        var t = CrossSection.Test(cars, scars);

        Assert.Equal(5, t.N);
        Assert.Equal(0.014000000000000002, t.MeanCar!.Value, 1e-15);
        Assert.Equal(0.027018512172212593, t.StdDevCar!.Value, 1e-15);
        AssertRel(1.1586482440433152, t.CrossSectionalT!.Value);
        AssertRel(0.3110607673343713, t.CrossSectionalP!.Value);
        AssertRel(1.5835845219250202, t.BmpT!.Value);
        AssertRel(0.1884595521703563, t.BmpP!.Value);
        Assert.Equal(3, t.Positive);
        Assert.Equal(1, t.Negative); // the zero CAR leaves the sign test
        Assert.Equal(0.75, t.PositiveShare);
        Assert.Equal(0.625, t.SignP!.Value, 1e-14); // binomtest(3, 4)
    }

    [Theory]
    [InlineData(10, 1, 0.01171875)]
    [InlineData(2, 18, 0.0004024505615234375)]
    [InlineData(30, 30, 1.0)]
    [InlineData(5, 0, 0.0625)]
    public void SignTest_IsTheExactTwoSidedBinomial(int positive, int negative, double scipy)
    {
        var cars = Enumerable.Repeat(0.01, positive).Concat(Enumerable.Repeat(-0.01, negative)).ToArray();
        var t = CrossSection.Test(cars, cars);
        AssertRel(scipy, t.SignP!.Value);
    }

    [Fact]
    public void OneCar_HasAMeanButNoSpreadOrT()
    {
        var t = CrossSection.Test([0.02], [1.5]);
        Assert.Equal(1, t.N);
        Assert.Equal(0.02, t.MeanCar);
        Assert.Null(t.StdDevCar);
        Assert.Null(t.CrossSectionalT);
        Assert.Null(t.BmpT);
        Assert.Equal(1.0, t.SignP!.Value, 1e-12); // one positive of one: p = 1
    }

    [Fact]
    public void NoCars_IsAnEmptyResult_NotNaN()
    {
        var t = CrossSection.Test([], []);
        Assert.Equal(0, t.N);
        Assert.Null(t.MeanCar);
        Assert.Null(t.CrossSectionalP);
        Assert.Null(t.PositiveShare);
        Assert.Null(t.SignP);
    }

    [Fact]
    public void IdenticalCars_HaveNoT()
    {
        var t = CrossSection.Test([0.01, 0.01, 0.01], [1.0, 1.0, 1.0]);
        Assert.Equal(0.0, t.StdDevCar);
        Assert.Null(t.CrossSectionalT);
        Assert.Null(t.BmpT);
    }

    [Fact]
    public void Welch_MatchesScipyTtestInd()
    {
        // scipy: ttest_ind([0.01,0.03,-0.02,0.05,0.0], [0.002,-0.011,0.004,0.009], equal_var=False)
        var (m1, m2, t, df, p) = CrossSection.Welch([0.01, 0.03, -0.02, 0.05, 0.0], [0.002, -0.011, 0.004, 0.009]);
        Assert.Equal(0.014, m1!.Value, 1e-15);
        Assert.Equal(0.001, m2!.Value, 1e-15);
        AssertRel(1.0146140272859834, t!.Value);
        AssertRel(4.955074198221694, df!.Value);
        AssertRel(0.35724191164943014, p!.Value);
    }

    [Fact]
    public void Welch_WithFewerThanTwoPerSide_HasMeansOnly()
    {
        var (m1, m2, t, df, p) = CrossSection.Welch([0.01], []);
        Assert.Equal(0.01, m1);
        Assert.Null(m2);
        Assert.Null(t);
        Assert.Null(df);
        Assert.Null(p);
    }

    private static void AssertRel(double expected, double actual, double rel = 1e-12) =>
        Assert.True(Math.Abs(actual - expected) <= rel * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
