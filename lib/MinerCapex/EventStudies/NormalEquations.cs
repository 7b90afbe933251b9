using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MinerCapex.EventStudies;

/// <summary>
/// OLS with an intercept and at most two regressors over one window of a panel, for the event study's hot
/// loop: no allocation, no matrix types. A generic QR would be wasted on a 3×3 system solved 25,000 times.
/// </summary>
/// <remarks>
/// Accuracy comes from centring, not from the solver: pass 1 takes the means, pass 2 the centred cross
/// products (so raw sums of squares never cancel), the slopes solve the centred 1×1 or 2×2 normal equations
/// in closed form, and pass 3 sums the squared residuals directly rather than as SST − β'Sxy. A row counts
/// only when y and every regressor are finite. Each pass runs over <see cref="Vector{T}"/> lanes with the
/// unusable rows masked to zero, then a scalar tail. Unused regressors are passed as a column of zeros, so one loop
/// serves all three models.
/// </remarks>
internal static class NormalEquations
{
    // A centred sum of squares this small relative to the raw one is rounding noise around a constant.
    private const double Degenerate = 1e-14;

    public static NormalFit Fit(
        ReadOnlySpan<double> y, ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, int regressors)
    {
        var len = y.Length;
        if (x1.Length != len || x2.Length != len)
            throw new ArgumentException("The response and the regressors must have one value per row.");
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var v1 = MemoryMarshal.Cast<double, Vector<double>>(x1);
        var v2 = MemoryMarshal.Cast<double, Vector<double>>(x2);
        var tail = vy.Length * Vector<double>.Count;

        // Pass 1: count and means (and raw squares, the scale that "degenerate" is measured against).
        Vector<long> vn = default;
        Vector<double> vsy = default, vs1 = default, vs2 = default, vqy = default, vq1 = default, vq2 = default;
        for (var k = 0; k < vy.Length; k++)
        {
            var ok = Usable(vy[k], v1[k], v2[k]);
            var a = Vector.ConditionalSelect(ok, vy[k], default);
            var b = Vector.ConditionalSelect(ok, v1[k], default);
            var c = Vector.ConditionalSelect(ok, v2[k], default);
            vn -= ok; vsy += a; vs1 += b; vs2 += c; vqy += a * a; vq1 += b * b; vq2 += c * c;
        }
        double n = Vector.Sum(vn), sy = Vector.Sum(vsy), s1 = Vector.Sum(vs1), s2 = Vector.Sum(vs2);
        double qy = Vector.Sum(vqy), q1 = Vector.Sum(vq1), q2 = Vector.Sum(vq2);
        for (var i = tail; i < len; i++)
        {
            double a = y[i], b = x1[i], c = x2[i];
            if (!double.IsFinite(a + b + c)) continue;
            n++; sy += a; s1 += b; s2 += c; qy += a * a; q1 += b * b; q2 += c * c;
        }
        var fit = new NormalFit { Observations = (int)n, Regressors = regressors };
        if (n <= regressors + 1) return fit;
        double my = sy / n, m1 = s1 / n, m2 = s2 / n;

        // Pass 2: centred cross products.
        Vector<double> wy = new(my), w1 = new(m1), w2 = new(m2);
        Vector<double> vyy = default, v11 = default, v12 = default, v22 = default, v1y = default, v2y = default;
        for (var k = 0; k < vy.Length; k++)
        {
            var ok = Usable(vy[k], v1[k], v2[k]);
            var dy = Vector.ConditionalSelect(ok, vy[k] - wy, default);
            var d1 = Vector.ConditionalSelect(ok, v1[k] - w1, default);
            var d2 = Vector.ConditionalSelect(ok, v2[k] - w2, default);
            vyy += dy * dy; v11 += d1 * d1; v12 += d1 * d2; v22 += d2 * d2; v1y += d1 * dy; v2y += d2 * dy;
        }
        double syy = Vector.Sum(vyy), s11 = Vector.Sum(v11), s12 = Vector.Sum(v12), s22 = Vector.Sum(v22);
        double s1y = Vector.Sum(v1y), s2y = Vector.Sum(v2y);
        for (var i = tail; i < len; i++)
        {
            double a = y[i], b = x1[i], c = x2[i];
            if (!double.IsFinite(a + b + c)) continue;
            double dy = a - my, d1 = b - m1, d2 = c - m2;
            syy += dy * dy; s11 += d1 * d1; s12 += d1 * d2; s22 += d2 * d2; s1y += d1 * dy; s2y += d2 * dy;
        }

        double b1 = 0, b2 = 0, i11 = 0, i12 = 0, i22 = 0;
        if (regressors >= 1 && s11 <= Degenerate * q1) return fit;
        if (regressors == 1)
        {
            i11 = 1.0 / s11;
            b1 = s1y * i11;
        }
        else if (regressors == 2)
        {
            if (s22 <= Degenerate * q2) return fit;
            var det = s11 * s22 - s12 * s12;
            if (det <= Degenerate * s11 * s22) return fit; // the two factors are collinear on this window
            i11 = s22 / det; i12 = -s12 / det; i22 = s11 / det;
            b1 = i11 * s1y + i12 * s2y;
            b2 = i12 * s1y + i22 * s2y;
        }

        // Pass 3: squared residuals, summed directly.
        Vector<double> u1 = new(b1), u2 = new(b2), vss = default;
        for (var k = 0; k < vy.Length; k++)
        {
            var ok = Usable(vy[k], v1[k], v2[k]);
            var e = Vector.ConditionalSelect(ok, (vy[k] - wy) - u1 * (v1[k] - w1) - u2 * (v2[k] - w2), default);
            vss += e * e;
        }
        var ssr = Vector.Sum(vss);
        for (var i = tail; i < len; i++)
        {
            double a = y[i], b = x1[i], c = x2[i];
            if (!double.IsFinite(a + b + c)) continue;
            var e = (a - my) - b1 * (b - m1) - b2 * (c - m2);
            ssr += e * e;
        }
        if (ssr <= Degenerate * qy) return fit; // a perfect fit (or a constant stock): no residual variance

        fit.Solved = true;
        fit.Alpha = my - b1 * m1 - b2 * m2;
        fit.Beta1 = b1; fit.Beta2 = b2;
        fit.Mean1 = m1; fit.Mean2 = m2;
        fit.Inv11 = i11; fit.Inv12 = i12; fit.Inv22 = i22;
        fit.Ssr = ssr; fit.Sst = syy;
        return fit;
    }

    /// <summary>
    /// OLS of <paramref name="y"/> on an intercept and three regressors (model D: market, bitcoin, AI basket), in
    /// plain scalar loops: the centred 3×3 normal equations solved by the adjugate. Same rules as the two-regressor
    /// path: a row counts when all four values are finite, residuals are summed directly, a degenerate design
    /// (a constant factor, collinear factors, a perfect fit) leaves the fit unsolved.
    /// </summary>
    public static NormalFit Fit3(ReadOnlySpan<double> y, ReadOnlySpan<double> x1, ReadOnlySpan<double> x2, ReadOnlySpan<double> x3)
    {
        var len = y.Length;
        if (x1.Length != len || x2.Length != len || x3.Length != len)
            throw new ArgumentException("The response and the regressors must have one value per row.");
        double n = 0, sy = 0, s1 = 0, s2 = 0, s3 = 0, qy = 0, q1 = 0, q2 = 0, q3 = 0;
        for (var i = 0; i < len; i++)
        {
            double a = y[i], b = x1[i], c = x2[i], d = x3[i];
            if (!double.IsFinite(a + b + c + d)) continue;
            n++; sy += a; s1 += b; s2 += c; s3 += d; qy += a * a; q1 += b * b; q2 += c * c; q3 += d * d;
        }
        var fit = new NormalFit { Observations = (int)n, Regressors = 3 };
        if (n <= 4) return fit;
        double my = sy / n, m1 = s1 / n, m2 = s2 / n, m3 = s3 / n;
        double syy = 0, s11 = 0, s12 = 0, s13 = 0, s22 = 0, s23 = 0, s33 = 0, s1y = 0, s2y = 0, s3y = 0;
        for (var i = 0; i < len; i++)
        {
            double a = y[i], b = x1[i], c = x2[i], d = x3[i];
            if (!double.IsFinite(a + b + c + d)) continue;
            double dy = a - my, d1 = b - m1, d2 = c - m2, d3 = d - m3;
            syy += dy * dy; s11 += d1 * d1; s12 += d1 * d2; s13 += d1 * d3; s22 += d2 * d2; s23 += d2 * d3; s33 += d3 * d3;
            s1y += d1 * dy; s2y += d2 * dy; s3y += d3 * dy;
        }
        if (s11 <= Degenerate * q1 || s22 <= Degenerate * q2 || s33 <= Degenerate * q3) return fit;
        // Adjugate of the symmetric centred cross-product matrix S.
        double c11 = s22 * s33 - s23 * s23, c12 = s13 * s23 - s12 * s33, c13 = s12 * s23 - s13 * s22;
        double c22 = s11 * s33 - s13 * s13, c23 = s12 * s13 - s11 * s23, c33 = s11 * s22 - s12 * s12;
        var det = s11 * c11 + s12 * c12 + s13 * c13;
        if (det <= Degenerate * s11 * s22 * s33) return fit;
        double i11 = c11 / det, i12 = c12 / det, i13 = c13 / det, i22 = c22 / det, i23 = c23 / det, i33 = c33 / det;
        var b1 = i11 * s1y + i12 * s2y + i13 * s3y;
        var b2 = i12 * s1y + i22 * s2y + i23 * s3y;
        var b3 = i13 * s1y + i23 * s2y + i33 * s3y;
        var ssr = 0.0;
        for (var i = 0; i < len; i++)
        {
            double a = y[i], b = x1[i], c = x2[i], d = x3[i];
            if (!double.IsFinite(a + b + c + d)) continue;
            var e = (a - my) - b1 * (b - m1) - b2 * (c - m2) - b3 * (d - m3);
            ssr += e * e;
        }
        if (ssr <= Degenerate * qy) return fit;
        fit.Solved = true;
        fit.Alpha = my - b1 * m1 - b2 * m2 - b3 * m3;
        fit.Beta1 = b1; fit.Beta2 = b2; fit.Beta3 = b3;
        fit.Mean1 = m1; fit.Mean2 = m2; fit.Mean3 = m3;
        fit.Inv11 = i11; fit.Inv12 = i12; fit.Inv13 = i13; fit.Inv22 = i22; fit.Inv23 = i23; fit.Inv33 = i33;
        fit.AiOnMarket = s13 / s11;
        fit.Ssr = ssr; fit.Sst = syy;
        return fit;
    }

    /// <summary>All-ones lanes where y and both regressors are finite: x − x is 0 for a finite x and NaN otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> Usable(Vector<double> y, Vector<double> x1, Vector<double> x2)
    {
        var s = y + x1 + x2;
        return Vector.Equals(s - s, Vector<double>.Zero);
    }
}

/// <summary>Outcome of <see cref="NormalEquations.Fit"/>: coefficients plus what the CAR variance needs.</summary>
internal struct NormalFit
{
    public int Observations;
    public int Regressors;
    public bool Solved;
    public double Alpha, Beta1, Beta2, Beta3;
    public double Mean1, Mean2, Mean3;
    /// <summary>Inverse of the regressors' centred cross-product matrix (symmetric, 3×3 at most).</summary>
    public double Inv11, Inv12, Inv13, Inv22, Inv23, Inv33;
    /// <summary>Slope of the third regressor (the AI basket) on the first (the market) over the same rows: what orthogonalising removes.</summary>
    public double AiOnMarket;
    public double Ssr, Sst;

    public readonly int Parameters => Regressors + 1;
    public readonly int DegreesOfFreedom => Observations - Parameters;
    public readonly double ResidualStdError => Math.Sqrt(Ssr / DegreesOfFreedom);
    public readonly double Expected(double x1, double x2, double x3 = 0) => Alpha + Beta1 * x1 + Beta2 * x2 + Beta3 * x3;

    /// <summary>
    /// ι'X₀(X'X)⁻¹X₀'ι for a window of <paramref name="length"/> sessions whose factor returns sum to
    /// <paramref name="sum1"/> and <paramref name="sum2"/>: L²/n + d'S⁻¹d with d the summed deviations from the means.
    /// </summary>
    public readonly double ParameterTerm(int length, double sum1, double sum2, double sum3 = 0)
    {
        var d1 = sum1 - length * Mean1;
        var d2 = sum2 - length * Mean2;
        var d3 = sum3 - length * Mean3;
        return (double)length * length / Observations + d1 * d1 * Inv11 + 2 * d1 * d2 * Inv12 + d2 * d2 * Inv22
            + 2 * d1 * d3 * Inv13 + 2 * d2 * d3 * Inv23 + d3 * d3 * Inv33;
    }
}
