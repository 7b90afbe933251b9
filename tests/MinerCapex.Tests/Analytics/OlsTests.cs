using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class OlsTests
{
    [Fact]
    public void ExactLine_RecoversCoefficients()
    {
        double[] x1 = [1, 2, 3, 4, 5, 6];
        double[] x2 = [2, 1, 0, 1, 3, 2];
        var y = x1.Select((v, i) => 0.5 + 2 * v - 3 * x2[i] + (i % 2 == 0 ? 1e-3 : -1e-3)).ToArray();
        var fit = Ols.Fit(y, [x1, x2], ["a", "b"]);
        Assert.Equal(0.5, fit[OlsResult.Intercept].Estimate, 2);
        Assert.Equal(2.0, fit["a"].Estimate, 2);
        Assert.Equal(-3.0, fit["b"].Estimate, 2);
        Assert.Equal(3, fit.ResidualDegreesOfFreedom);
        Assert.True(fit.RSquared > 0.9999);
        Assert.Equal(fit.Predict(1, 2), fit[OlsResult.Intercept].Estimate + fit["a"].Estimate - 0 + 2 * fit["b"].Estimate, 12);
    }

    [Fact]
    public void SimpleRegression_MatchesClosedForm()
    {
        // Hand-computable: x = 1..5, y = 2, 4, 5, 4, 5 → slope 0.6, intercept 2.2, SSR 2.4, R² 0.6.
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [2, 4, 5, 4, 5];
        var fit = Ols.Fit(y, [x]);
        Assert.Equal(0.6, fit["x1"].Estimate, 14);
        Assert.Equal(2.2, fit[OlsResult.Intercept].Estimate, 14);
        Assert.Equal(2.4, fit.ResidualSumOfSquares, 13);
        Assert.Equal(0.6, fit.RSquared, 14);
        Assert.Equal(Math.Sqrt(0.8 / 10), fit["x1"].StandardError, 14); // s² = 2.4/3, Σ(x-x̄)² = 10
        Assert.Equal(0.6 / Math.Sqrt(0.08), fit["x1"].T, 12);
        Assert.Equal(0.9999999999999999, fit.Coefficients.Sum(c => 0.0) + 1.0, 15);
        Assert.Equal(fit.CoefficientCovariance(1, 0), fit.CoefficientCovariance(0, 1), 15);
    }

    [Fact]
    public void MissingRows_AreDroppedListwise()
    {
        double[] x = [1, 2, double.NaN, 3, 4, 5];
        double[] y = [2, 4, 9, 5, double.NaN, 4];
        var fit = Ols.Fit(y, [x]);
        var clean = Ols.Fit([2.0, 4, 5, 4], [[1.0, 2, 3, 5]]);
        Assert.Equal(4, fit.Observations);
        Assert.Equal(clean["x1"].Estimate, fit["x1"].Estimate, 14);
    }

    [Fact]
    public void InterceptOnly_IsTheMean()
    {
        var fit = Ols.Fit([1.0, 2, 3, 6], []);
        Assert.Equal(3.0, fit[OlsResult.Intercept].Estimate, 14);
        Assert.Equal(0.0, fit.RSquared);
        Assert.Equal(Math.Sqrt(14.0 / 3 / 4), fit[OlsResult.Intercept].StandardError, 14);
    }

    [Fact]
    public void TooFewObservations_AndSingularDesign_ClearErrors()
    {
        var few = Assert.Throws<InsufficientDataException>(() => Ols.Fit([1.0, 2, double.NaN], [[1.0, 3, 4]]));
        Assert.Equal(3, few.Required);
        Assert.Equal(2, few.Available);
        Assert.Contains("needs at least 3 complete observations; found 2", few.Message);
        var constant = Assert.Throws<ArgumentException>(() => Ols.Fit([1.0, 2, 3, 4], [[5.0, 5, 5, 5]], ["flat"]));
        Assert.Contains("'flat' is constant or a linear combination", constant.Message);
        var collinear = Assert.Throws<ArgumentException>(() => Ols.Fit([1.0, 2, 3, 5, 4], [[1.0, 2, 3, 4, 5], [2.0, 4, 6, 8, 10]]));
        Assert.Contains("'x2'", collinear.Message);
        Assert.Throws<ArgumentException>(() => Ols.Fit([1.0, 2, 3], [[1.0, 2]]));
        Assert.Throws<ArgumentException>(() => Ols.Fit([1.0, 2, 3, 4], [[1.0, 2, 3, 5]], ["a", "b"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ols.Fit(new double[] { 1, 2, 3 }, [new double[] { 1, 2, 3 }], 2, 5));
        Assert.Equal("lag", Assert.Throws<ArgumentOutOfRangeException>(() => OlsOptions.NeweyWest(-1)).ParamName);
    }

    [Fact]
    public void Shapley_SumsToRSquared_AndIsOrderIndependent()
    {
        var rng = new Random(5);
        var x = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 300).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        var y = Enumerable.Range(0, 300).Select(t => x[0][t] + 0.5 * x[1][t] + 0.3 * x[0][t] * 0 + rng.NextDouble()).ToArray();
        var shares = ShapleyDecomposition.RSquaredShares(y, x);
        var reversed = ShapleyDecomposition.RSquaredShares(y, x.Reverse().ToArray());
        Assert.Equal(Ols.Fit(y, x).RSquared, shares.Sum(), 13);
        for (var j = 0; j < 3; j++) Assert.Equal(shares[j], reversed[2 - j], 13);
        // One regressor: the share is its R².
        Assert.Equal(Ols.Fit(y, [x[0]]).RSquared, ShapleyDecomposition.RSquaredShares(y, [x[0]])[0], 13);
    }

    [Fact]
    public void OlsResult_ToDataFrame()
    {
        var df = Ols.Fit([2.0, 4, 5, 4, 5], [[1.0, 2, 3, 4, 5]], ["x"]).ToDataFrame();
        Assert.Equal(["term", "estimate", "std_error", "t", "p"], df.Columns.Select(c => c.Name));
        Assert.Equal("x", df["term"][1]);
        Assert.Throws<KeyNotFoundException>(() => Ols.Fit([2.0, 4, 5, 4, 5], [[1.0, 2, 3, 4, 5]])["beta"]);
    }
}
