using MinerCapex.Analytics;
using MinerCapex.EventStudies;
using MinerCapex.Tests.EventStudies;

namespace MinerCapex.Tests.Properties;

/// <summary>Laws the statistics must obey on any data, checked on seeded random series.</summary>
public class StatisticsPropertyTests
{
    [Fact]
    public void Pearson_IsSymmetric_AndWithinMinusOneAndOne()
    {
        var cases = new PropertyCases(seed: 11);
        for (var c = 0; c < PropertyCases.Count; c++)
        {
            var x = cases.Series(cases.Int(3, 300), missingShare: 0.1);
            var y = cases.Related(x);

            var xy = Pearson.Correlation(x, y);
            var yx = Pearson.Correlation(y, x);

            Assert.True(xy.Value.Equals(yx.Value), $"case {c}: r(x,y) = {xy.Value:R} but r(y,x) = {yx.Value:R}");
            Assert.Equal(xy.Count, yx.Count);
            if (!double.IsNaN(xy.Value))
                Assert.InRange(xy.Value, -1.0, 1.0);
        }
    }

    [Fact]
    public void RollingCorrelationAndBeta_OverTheFullLength_EqualTheFullSampleValues()
    {
        var cases = new PropertyCases(seed: 12);
        for (var c = 0; c < PropertyCases.Count; c++)
        {
            var n = cases.Int(Require.MinimumWindow, 250);
            var factor = cases.Series(n);
            var x = cases.Related(factor);

            var rolling = Rolling.Correlation(x, factor, n);
            var beta = Rolling.Beta(x, factor, n);
            var full = Pearson.Correlation(x, factor).Value;
            var fit = Ols.Fit(x, [factor], ["f"]);

            Assert.All(rolling[..^1], v => Assert.True(double.IsNaN(v), $"case {c}: a value before the first full window"));
            Assert.True(Math.Abs(rolling[^1] - full) <= 1e-9, $"case {c}, n = {n}: rolling {rolling[^1]:R}, full sample {full:R}");
            Assert.True(Math.Abs(beta[^1] - fit["f"].Estimate) <= 1e-9 * Math.Max(1, Math.Abs(fit["f"].Estimate)),
                $"case {c}, n = {n}: rolling beta {beta[^1]:R}, OLS {fit["f"].Estimate:R}");
        }
    }

    [Fact]
    public void Ols_OnAnExactLinearSeries_RecoversItsCoefficients()
    {
        var cases = new PropertyCases(seed: 13);
        for (var c = 0; c < PropertyCases.Count; c++)
        {
            var k = cases.Int(1, 3);
            var n = cases.Int(k + 3, 200);
            var regressors = Enumerable.Range(0, k).Select(_ => cases.Series(n)).ToArray();
            var alpha = cases.Uniform(-2, 2);
            var betas = Enumerable.Range(0, k).Select(_ => cases.Uniform(-3, 3)).ToArray();
            var y = new double[n];
            for (var i = 0; i < n; i++)
                y[i] = alpha + Enumerable.Range(0, k).Sum(j => betas[j] * regressors[j][i]);
            var names = Enumerable.Range(0, k).Select(j => $"x{j}").ToArray();

            var fit = Ols.Fit(y, regressors, names);

            Assert.True(Math.Abs(fit[OlsResult.Intercept].Estimate - alpha) <= 1e-8, $"case {c}: alpha {fit[OlsResult.Intercept].Estimate:R}, planted {alpha:R}");
            for (var j = 0; j < k; j++)
                Assert.True(Math.Abs(fit[names[j]].Estimate - betas[j]) <= 1e-8, $"case {c}: beta {j} {fit[names[j]].Estimate:R}, planted {betas[j]:R}");
            Assert.True(fit.RSquared > 1 - 1e-9, $"case {c}: R² {fit.RSquared:R}");
        }
    }

    [Fact]
    public void Car_IsTheSumOfItsAbnormalReturns()
    {
        var cases = new PropertyCases(seed: 14);
        for (var c = 0; c < 40; c++)
        {
            var m = new SyntheticMarket(320, seed: 100 + c);
            var qqq = m.Noise(0.012);
            var btc = m.Noise(0.03);
            var y = m.Noise(cases.Uniform(0.01, 0.08));
            var model = (EventStudyModel)cases.Int(0, 2);
            var start = -cases.Int(0, 5);
            var window = new EventWindow(start, cases.Int(start, 10));
            var options = EventStudyOptions.Default with { Model = model, EventWindows = [window] };
            var panel = m.Add("QQQ", qqq).Add("BTC-USD", btc).Add("MINR", y).Panel();

            var stock = Assert.Single(EventStudy.Run(panel, [m.EventAt("ev", 250)], ["MINR"], options).Stocks);

            var car = stock.Car(window);
            var sum = Enumerable.Range(window.Start, window.Length).Sum(o => stock.AbnormalReturn(o)!.Value);
            Assert.Equal(CarStatus.Complete, car.Status);
            Assert.True(Math.Abs(car.Car!.Value - sum) <= 1e-12, $"case {c} ({model}, {window}): CAR {car.Car:R}, sum of ARs {sum:R}");
        }
    }
}
