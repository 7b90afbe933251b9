using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>
/// The distribution of the argmax of a two-sided Brownian motion with drift that Bai (1997, Appendix B) derives for
/// a break date's estimation error when the regressors' moments (ξ) and the error variances (φ₁², φ₂²) differ across
/// the break; strucchange's <c>pargmaxV</c>, which <c>confint.breakpointsfull</c> inverts for the break dates'
/// intervals.
/// </summary>
public static class ArgmaxDistribution
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>P(argmax V ≤ <paramref name="x"/>).</summary>
    /// <param name="x">Point on the argmax's scale.</param>
    /// <param name="xi">ξ = δ'Q₂δ / δ'Q₁δ, the ratio of the shift's quadratic forms after and before the break.</param>
    /// <param name="phi1">φ₁: the error standard deviation before the break.</param>
    /// <param name="phi2">φ₂: the error standard deviation after the break.</param>
    public static double Cdf(double x, double xi = 1, double phi1 = 1, double phi2 = 1)
    {
        var phi = xi * (phi2 / phi1) * (phi2 / phi1);
        var a = Math.Abs(x);
        if (x < 0)
        {
            var frac = xi / phi;
            return -Math.Exp(Math.Log(a) / 2 - a / 8 - LogSqrtTwoPi)
                - phi / xi * (phi + 2 * xi) / (phi + xi) * Math.Exp(frac * (1 + frac) * a / 2 + LogNormalCdf(-(0.5 + frac) * Math.Sqrt(a)))
                + Math.Exp(Math.Log(a / 2 - 2 + (phi + 2 * xi) * (phi + 2 * xi) / ((phi + xi) * xi)) + LogNormalCdf(-Math.Sqrt(a) / 2));
        }
        var f = xi * xi / phi;
        return 1 + Math.Sqrt(f) * Math.Exp(Math.Log(a) / 2 - f * a / 8 - LogSqrtTwoPi)
            + xi / phi * (2 * phi + xi) / (phi + xi) * Math.Exp((phi + xi) * a / 2 + LogNormalCdf(-(phi + xi / 2) / Math.Sqrt(phi) * Math.Sqrt(a)))
            - Math.Exp(Math.Log((2 * phi + xi) * (2 * phi + xi) / ((phi + xi) * phi) - 2 + f * a / 2) + LogNormalCdf(-Math.Sqrt(f) * Math.Sqrt(a) / 2));
    }

    /// <summary>
    /// The point where <see cref="Cdf"/> reaches <paramref name="p"/>, bracketed as strucchange does (steps of 1,000
    /// from 0 outward) and found by bisection to machine precision (strucchange's <c>uniroot</c> stops at about 1e-4).
    /// </summary>
    public static double Quantile(double p, double xi = 1, double phi1 = 1, double phi2 = 1)
    {
        var at0 = Cdf(0, xi, phi1, phi2);
        double lo, hi;
        if (p >= at0)
        {
            lo = 0;
            hi = 0;
            while (Cdf(hi, xi, phi1, phi2) < p) hi += 1000;
        }
        else
        {
            hi = 0;
            lo = 0;
            while (Cdf(lo, xi, phi1, phi2) > p) lo -= 1000;
        }
        for (var i = 0; i < 200 && hi - lo > 1e-12 * Math.Max(1, Math.Abs(lo) + Math.Abs(hi)); i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(mid, xi, phi1, phi2) < p) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /// <summary>log Φ(z), accurate in the far left tail, where Φ underflows (an asymptotic series below z = −30).</summary>
    internal static double LogNormalCdf(double z)
    {
        if (z > -30) return Math.Log(Normal.CDF(0, 1, z));
        // Φ(z) = φ(z)/|z| · (1 − 1/z² + 3/z⁴ − 15/z⁶ + ...); eight terms leave a relative error below 1e-17 at z = −30.
        var z2 = z * z;
        double sum = 1, term = 1;
        for (var i = 1; i <= 8; i++)
        {
            term *= -(2 * i - 1) / z2;
            sum += term;
        }
        return -z2 / 2 - Math.Log(-z) - LogSqrtTwoPi + Math.Log(sum);
    }
}
