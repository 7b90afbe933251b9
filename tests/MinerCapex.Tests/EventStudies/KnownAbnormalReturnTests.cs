using MathNet.Numerics.LinearAlgebra;
using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

/// <summary>
/// Panels built so that the answer is known: estimation-window residuals are made orthogonal to the design,
/// so OLS must return the planted coefficients exactly, and the event window carries planted shocks, which
/// must come back as the abnormal returns.
/// </summary>
public class KnownAbnormalReturnTests
{
    private const int DayZero = 300;
    private static readonly double[] Shocks = [0.031, 0.084, -0.017, 0.006, 0.0, -0.042, 0.011]; // offsets -1..+5

    [Theory]
    [InlineData(EventStudyModel.TwoFactor)]
    [InlineData(EventStudyModel.MarketModel)]
    [InlineData(EventStudyModel.ConstantMean)]
    public void PlantedCoefficientsAndShocks_AreRecovered(EventStudyModel model)
    {
        var (alpha, b1, b2) = (0.0015, 1.3, model == EventStudyModel.TwoFactor ? 0.45 : 0.0);
        if (model == EventStudyModel.ConstantMean) b1 = 0.0;
        var m = new SyntheticMarket(420, seed: 3);
        var qqq = m.Noise(0.012);
        var btc = m.Noise(0.03);
        var y = m.Noise(0.05); // sessions outside both windows: anything
        var est = Enumerable.Range(DayZero - 130, 120).ToArray();
        var e = OrthogonalNoise(m.Noise(0.035), qqq, btc, est, model);
        foreach (var i in est) y[i] = alpha + b1 * qqq[i] + b2 * btc[i] + e[i];
        for (var o = -1; o <= 5; o++)
        {
            var i = DayZero + o;
            y[i] = alpha + b1 * qqq[i] + b2 * btc[i] + Shocks[o + 1];
        }
        var panel = m.Add("QQQ", qqq).Add("BTC-USD", btc).Add("MINR", y).Panel();

        var result = EventStudy.Run(panel, [m.EventAt("ev", DayZero)], ["MINR"], EventStudyOptions.Default with { Model = model });

        var r = Assert.Single(result.Stocks);
        Assert.Empty(result.Skipped);
        Assert.Equal(120, r.Fit.Observations);
        Assert.Equal(model == EventStudyModel.ConstantMean ? 119 : model == EventStudyModel.MarketModel ? 118 : 117, r.Fit.DegreesOfFreedom);
        Assert.Equal(alpha, r.Fit.Alpha, 1e-13);
        if (model == EventStudyModel.ConstantMean) Assert.Null(r.Fit.MarketBeta);
        else Assert.Equal(b1, r.Fit.MarketBeta!.Value, 1e-11);
        if (model == EventStudyModel.TwoFactor) Assert.Equal(b2, r.Fit.BitcoinBeta!.Value, 1e-11);
        else Assert.Null(r.Fit.BitcoinBeta);
        Assert.Equal(m.Sessions[DayZero - 130], r.Fit.EstimationStart);
        Assert.Equal(m.Sessions[DayZero - 11], r.Fit.EstimationEnd);
        var se = Math.Sqrt(est.Sum(i => e[i] * e[i]) / r.Fit.DegreesOfFreedom);
        Assert.Equal(se, r.Fit.ResidualStdError, 1e-14);

        for (var o = -1; o <= 5; o++)
            Assert.Equal(Shocks[o + 1], r.AbnormalReturn(o)!.Value, 1e-13);

        var car = r.Car(new EventWindow(0, 5));
        Assert.Equal(CarStatus.Complete, car.Status);
        var planted = Shocks.Skip(1).Sum();
        Assert.Equal(planted, car.Car!.Value, 1e-13);
        Assert.Equal(se * Math.Sqrt(6), car.StandardError!.Value, 1e-14);
        Assert.Equal(planted / (se * Math.Sqrt(6)), car.T!.Value, 1e-9);
        Assert.Equal(Shocks[0] + Shocks[1] + Shocks[2], r.Car(new EventWindow(-1, 1)).Car!.Value, 1e-13);
    }

    [Fact]
    public void PredictionErrorVariance_MatchesTheMatrixFormula()
    {
        var m = new SyntheticMarket(420, seed: 5);
        var qqq = m.Noise(0.012);
        var btc = m.Noise(0.03);
        var y = m.Noise(0.04);
        var panel = m.Add("QQQ", qqq).Add("BTC-USD", btc).Add("MINR", y).Panel();
        var options = EventStudyOptions.Default with { Variance = CarVariance.PredictionError };

        var r = EventStudy.Run(panel, [m.EventAt("ev", DayZero)], ["MINR"], options).Stocks[0];

        var est = Enumerable.Range(DayZero - 130, 120).ToArray();
        var x = Matrix<double>.Build.DenseOfRowArrays(est.Select(i => new[] { 1.0, qqq[i], btc[i] }));
        var xtxInv = (x.TransposeThisAndMultiply(x)).Inverse();
        foreach (var w in EventStudyOptions.Default.EventWindows)
        {
            var x0 = Matrix<double>.Build.DenseOfRowArrays(
                Enumerable.Range(DayZero + w.Start, w.Length).Select(i => new[] { 1.0, qqq[i], btc[i] }));
            var ones = Vector<double>.Build.Dense(w.Length, 1.0);
            var extra = (x0.TransposeThisAndMultiply(ones)) * xtxInv * (x0.TransposeThisAndMultiply(ones));
            var expected = r.Fit.ResidualStdError * Math.Sqrt(w.Length + extra);
            Assert.Equal(expected, r.Car(w).StandardError!.Value, 1e-13);
            Assert.True(r.Car(w).StandardError > r.Fit.ResidualStdError * Math.Sqrt(w.Length));
        }
    }

    /// <summary>Noise with its projection on [1, factors] removed over <paramref name="rows"/> (via MathNet QR).</summary>
    private static double[] OrthogonalNoise(double[] u, double[] qqq, double[] btc, int[] rows, EventStudyModel model)
    {
        double[] Design(int i) => model switch
        {
            EventStudyModel.TwoFactor => [1.0, qqq[i], btc[i]],
            EventStudyModel.MarketModel => [1.0, qqq[i]],
            _ => [1.0],
        };
        var x = Matrix<double>.Build.DenseOfRowArrays(rows.Select(Design));
        var v = Vector<double>.Build.DenseOfEnumerable(rows.Select(i => u[i]));
        var resid = v - x * x.QR().Solve(v);
        var e = (double[])u.Clone();
        for (var k = 0; k < rows.Length; k++) e[rows[k]] = resid[k];
        return e;
    }
}
