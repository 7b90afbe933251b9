namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// O(T·m²) rolling OLS: the centred co-moment matrix of (x_1..x_k, y) over the window is grown with
/// Welford updates and slid with exact add/remove updates, then the k×k normal equations of the centred
/// regressors are solved by Cholesky at each complete window.
/// </summary>
internal static class RollingOls
{
    private const double PivotTolerance = 1e-10;

    public static (double[] Alpha, double[][] Betas, double[] RSquared) Compute(double[] y, IReadOnlyList<double[]> x, int window)
    {
        var t = y.Length;
        var k = x.Count;
        var m = k + 1;
        var alpha = new double[t];
        var r2 = new double[t];
        var betas = new double[k][];
        for (var j = 0; j < k; j++) betas[j] = new double[t];

        var mean = new double[m];
        var c = new double[m * m];
        var current = new double[m];
        var old = new double[m];
        var d = new double[m];
        var l = new double[k * k];
        var b = new double[k];
        var run = 0;
        var invW = 1.0 / window;
        for (var i = 0; i < t; i++)
        {
            var present = Load(y, x, i, current);
            if (!present)
            {
                run = 0;
                Array.Clear(mean);
                Array.Clear(c);
                SetMissing(alpha, betas, r2, i);
                continue;
            }
            if (run < window)
            {
                run++;
                // Welford: d = v - mean_old, mean += d/n, C += d·(v - mean_new)'.
                for (var a = 0; a < m; a++)
                {
                    d[a] = current[a] - mean[a];
                    mean[a] += d[a] / run;
                }
                for (var a = 0; a < m; a++)
                for (var bb = 0; bb <= a; bb++)
                    c[a * m + bb] += d[a] * (current[bb] - mean[bb]);
            }
            else
            {
                Load(y, x, i - window, old);
                // Slide: d = new - old, mean' = mean + d/W, C_ab += d_a·(new_b - mean'_b) + d_b·(old_a - mean_a).
                for (var a = 0; a < m; a++) d[a] = current[a] - old[a];
                for (var a = 0; a < m; a++)
                {
                    var oldDev = old[a] - mean[a];
                    for (var bb = 0; bb <= a; bb++)
                        c[a * m + bb] += d[bb] * oldDev + d[a] * (current[bb] - mean[bb] - d[bb] * invW);
                }
                for (var a = 0; a < m; a++) mean[a] += d[a] * invW;
            }
            if (run < window)
            {
                SetMissing(alpha, betas, r2, i);
                continue;
            }
            if (!Solve(c, m, k, l, b))
            {
                SetMissing(alpha, betas, r2, i);
                continue;
            }
            var a0 = mean[k];
            var explained = 0.0;
            for (var j = 0; j < k; j++)
            {
                betas[j][i] = b[j];
                a0 -= b[j] * mean[j];
                explained += b[j] * c[k * m + j];
            }
            alpha[i] = a0;
            var syy = c[k * m + k];
            r2[i] = syy > 0 ? explained / syy : double.NaN;
        }
        return (alpha, betas, r2);
    }

    /// <summary>Solves C_xx b = c_xy (lower triangles of <paramref name="c"/>) by Cholesky; false when C_xx is not positive definite.</summary>
    private static bool Solve(double[] c, int m, int k, double[] l, double[] b)
    {
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var v = c[i * m + j];
                for (var q = 0; q < j; q++) v -= l[i * k + q] * l[j * k + q];
                if (i == j)
                {
                    if (!(v > PivotTolerance * c[i * m + i])) return false;
                    l[i * k + i] = Math.Sqrt(v);
                }
                else
                {
                    l[i * k + j] = v / l[j * k + j];
                }
            }
        }
        for (var i = 0; i < k; i++)
        {
            var v = c[k * m + i];
            for (var q = 0; q < i; q++) v -= l[i * k + q] * b[q];
            b[i] = v / l[i * k + i];
        }
        for (var i = k - 1; i >= 0; i--)
        {
            var v = b[i];
            for (var q = i + 1; q < k; q++) v -= l[q * k + i] * b[q];
            b[i] = v / l[i * k + i];
        }
        return true;
    }

    private static bool Load(double[] y, IReadOnlyList<double[]> x, int i, double[] into)
    {
        var k = x.Count;
        for (var j = 0; j < k; j++) into[j] = x[j][i];
        into[k] = y[i];
        foreach (var v in into)
            if (double.IsNaN(v)) return false;
        return true;
    }

    private static void SetMissing(double[] alpha, double[][] betas, double[] r2, int i)
    {
        alpha[i] = r2[i] = double.NaN;
        foreach (var b in betas) b[i] = double.NaN;
    }
}
