using MathNet.Numerics.Distributions;

namespace MinerCapex.EventStudies;

/// <summary>Confidence intervals around the mean CAR of a cross-section (<see cref="CarTests"/>).</summary>
public static class CarIntervals
{
    /// <summary>
    /// The two-sided <paramref name="level"/> confidence interval of the mean CAR that the cross-sectional t
    /// implies: <c>mean ± t_{(1+level)/2, N−1} · sd / sqrt(N)</c>. Null bounds when N &lt; 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static (double? Lower, double? Upper) MeanCarInterval(this CarTests tests, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level lies strictly between 0 and 1, e.g. 0.95.");
        if (tests.N < 2 || tests.MeanCar is not { } mean || tests.StdDevCar is not { } sd) return (null, null);
        var half = StudentT.InvCDF(0, 1, tests.N - 1, (1 + level) / 2) * sd / Math.Sqrt(tests.N);
        return (mean - half, mean + half);
    }

    /// <summary>
    /// The two-sided <paramref name="level"/> confidence interval of one stock's CAR over <paramref name="window"/>
    /// that its per-stock t implies: <c>CAR ± t_{(1+level)/2, n−k} · SE</c>, with SE under the study's
    /// <see cref="EventStudyOptions.Variance"/>. Null bounds when the CAR is not complete.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The window is not one of the study's event windows.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static (double? Lower, double? Upper) CarInterval(this StockEventResult stock, EventWindow window, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(stock);
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level lies strictly between 0 and 1, e.g. 0.95.");
        var car = stock.Car(window);
        if (car is not { Car: { } value, StandardError: { } se }) return (null, null);
        var half = StudentT.InvCDF(0, 1, stock.Fit.DegreesOfFreedom, (1 + level) / 2) * se;
        return (value - half, value + half);
    }
}
