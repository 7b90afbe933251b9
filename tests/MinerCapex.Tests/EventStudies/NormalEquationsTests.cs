using MathNet.Numerics.LinearRegression;
using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

/// <summary>The event study's small OLS against MathNet's QR regression on the same rows.</summary>
public class NormalEquationsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Fit_MatchesMathNetQr_WithMissingRowsDropped(int regressors)
    {
        var m = new SyntheticMarket(150, seed: 11);
        var x1 = m.Noise(0.012);
        var x2 = m.Noise(0.03);
        var e = m.Noise(0.04);
        var y = new double[m.Length];
        for (var i = 0; i < y.Length; i++)
            y[i] = 0.002 + (regressors >= 1 ? 1.4 * x1[i] : 0) + (regressors >= 2 ? 0.6 * x2[i] : 0) + e[i];
        y[3] = double.NaN;
        y[40] = double.PositiveInfinity; // non-finite counts as missing
        x1[7] = double.NaN;
        x2[9] = double.NaN;
        var zeros = new double[m.Length];
        var u1 = regressors >= 1 ? x1 : zeros;
        var u2 = regressors >= 2 ? x2 : zeros;

        var fit = NormalEquations.Fit(y, u1, u2, regressors);

        var rows = Enumerable.Range(0, y.Length).Where(i => double.IsFinite(y[i] + u1[i] + u2[i])).ToArray();
        Assert.Equal(rows.Length, fit.Observations);
        Assert.True(fit.Solved);
        double[] coef;
        if (regressors == 0)
        {
            coef = [rows.Average(i => y[i])];
        }
        else
        {
            var x = rows.Select(i => regressors == 1 ? new[] { u1[i] } : new[] { u1[i], u2[i] }).ToArray();
            coef = MultipleRegression.QR(x, rows.Select(i => y[i]).ToArray(), intercept: true);
        }
        Assert.Equal(coef[0], fit.Alpha, 1e-12);
        if (regressors >= 1) Assert.Equal(coef[1], fit.Beta1, 1e-12);
        if (regressors >= 2) Assert.Equal(coef[2], fit.Beta2, 1e-12);
        var ssr = rows.Sum(i =>
        {
            var r = y[i] - coef[0] - (regressors >= 1 ? coef[1] * u1[i] : 0) - (regressors >= 2 ? coef[2] * u2[i] : 0);
            return r * r;
        });
        Assert.Equal(Math.Sqrt(ssr / (rows.Length - regressors - 1)), fit.ResidualStdError, 1e-13);
    }

    [Fact]
    public void Fit_ConstantFactor_IsNotSolved()
    {
        var m = new SyntheticMarket(120);
        var y = m.Noise(0.02);
        var flat = Enumerable.Repeat(0.0013, m.Length).ToArray();
        var fit = NormalEquations.Fit(y, flat, new double[m.Length], 1);
        Assert.Equal(120, fit.Observations);
        Assert.False(fit.Solved);
    }

    [Fact]
    public void Fit_CollinearFactors_IsNotSolved()
    {
        var m = new SyntheticMarket(120);
        var x = m.Noise(0.01);
        var fit = NormalEquations.Fit(m.Noise(0.02), x, x.Select(v => 2 * v).ToArray(), 2);
        Assert.False(fit.Solved);
    }

    [Fact]
    public void Fit_ConstantStock_HasNoResidualVariance_AndIsNotSolved()
    {
        var m = new SyntheticMarket(120);
        var fit = NormalEquations.Fit(Enumerable.Repeat(0.001, m.Length).ToArray(), new double[m.Length], new double[m.Length], 0);
        Assert.False(fit.Solved);
    }
}
