using MathNet.Numerics.Distributions;

namespace MinerCapex.EventStudies;

/// <summary>The cross-sectional, BMP and sign tests of <see cref="CarTests"/>, over plain spans.</summary>
internal static class CrossSection
{
    public static CarTests Test(ReadOnlySpan<double> cars, ReadOnlySpan<double> scars)
    {
        var n = cars.Length;
        int positive = 0, negative = 0;
        foreach (var c in cars)
        {
            if (c > 0) positive++;
            else if (c < 0) negative++;
        }
        var m = positive + negative;
        double? share = m > 0 ? (double)positive / m : null;
        double? signP = m > 0 ? Math.Min(1.0, 2.0 * Binomial.CDF(0.5, m, Math.Min(positive, negative))) : null;

        if (n == 0) return new CarTests(0, null, null, null, null, null, null, 0, 0, null, null);
        var (mean, sd) = MeanAndStdDev(cars);
        var (scarMean, scarSd) = MeanAndStdDev(scars);
        var (t, p) = OneSampleT(mean, sd, n);
        var (bmpT, bmpP) = OneSampleT(scarMean, scarSd, n);
        return new CarTests(n, mean, n >= 2 ? sd : null, t, p, bmpT, bmpP, positive, negative, share, signP);
    }

    /// <summary>Welch's two-sample t test; see <see cref="PoolComparison"/>.</summary>
    public static (double? Mean1, double? Mean2, double? T, double? Df, double? P) Welch(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double? m1 = a.Length > 0 ? MeanAndStdDev(a).Mean : null;
        double? m2 = b.Length > 0 ? MeanAndStdDev(b).Mean : null;
        if (a.Length < 2 || b.Length < 2) return (m1, m2, null, null, null);
        var (_, sd1) = MeanAndStdDev(a);
        var (_, sd2) = MeanAndStdDev(b);
        double v1 = sd1 * sd1 / a.Length, v2 = sd2 * sd2 / b.Length;
        if (!(v1 + v2 > 0)) return (m1, m2, null, null, null);
        var t = (m1!.Value - m2!.Value) / Math.Sqrt(v1 + v2);
        var df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (a.Length - 1) + v2 * v2 / (b.Length - 1));
        return (m1, m2, t, df, TwoSidedP(t, df));
    }

    /// <summary>Two-sided p-value of a t statistic with <paramref name="degreesOfFreedom"/>, taken in the lower tail for accuracy.</summary>
    public static double TwoSidedP(double t, double degreesOfFreedom) =>
        Math.Min(1.0, 2.0 * StudentT.CDF(0.0, 1.0, degreesOfFreedom, -Math.Abs(t)));

    private static (double? T, double? P) OneSampleT(double mean, double sd, int n)
    {
        if (n < 2 || !(sd > 0)) return (null, null);
        var t = mean / (sd / Math.Sqrt(n));
        return (t, TwoSidedP(t, n - 1));
    }

    // Two passes: the centred sum of squares does not lose digits the way Σx² − n·mean² does.
    private static (double Mean, double StdDev) MeanAndStdDev(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        foreach (var v in x) sum += v;
        var mean = sum / x.Length;
        if (x.Length < 2) return (mean, double.NaN);
        var ss = 0.0;
        foreach (var v in x) ss += (v - mean) * (v - mean);
        return (mean, Math.Sqrt(ss / (x.Length - 1)));
    }
}
