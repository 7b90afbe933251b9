using System.Numerics.Tensors;
using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// The regressor side of an OLS fit, factored once so that many dependent series observed on the same
/// rows can be fitted cheaply (a factor model run over hundreds of stocks). Regressors are centred on
/// their means, which takes the intercept out, and factored by Householder QR (no normal equations, so
/// the conditioning of X'X is never squared).
/// </summary>
internal sealed class OlsDesign
{
    private const double RankTolerance = 1e-10;

    private readonly double[] _centred; // n×k column-major, regressors minus their means
    private readonly double[] _householder; // n×k column-major, reflector j in rows j..n-1 of column j
    private readonly double[] _tau;
    private readonly double[] _r; // k×k upper triangle, row-major
    private readonly double[] _bread; // (X̃'X̃)⁻¹ of the design with the constant, (k+1)×(k+1)

    private readonly double[] _cross; // Xc'Xc, k×k

    private OlsDesign(string[] names, int n, double[] means, double[] centred, double[] householder, double[] tau, double[] r, double[] bread, double[] cross)
    {
        _cross = cross;
        Names = names;
        N = n;
        Means = means;
        _centred = centred;
        _householder = householder;
        _tau = tau;
        _r = r;
        _bread = bread;
    }

    public string[] Names { get; }

    public int N { get; }

    public int K => Names.Length;

    public double[] Means { get; }

    /// <summary>Factors the regressors at the given source rows (all present), or throws for too few rows or a rank-deficient design.</summary>
    public static OlsDesign Build(IReadOnlyList<double[]> regressors, ReadOnlySpan<int> rows, string[] names, string context)
    {
        var k = regressors.Count;
        var n = rows.Length;
        if (n < k + 2) throw new InsufficientDataException(context, k + 2, n);

        var means = new double[k];
        var centred = new double[n * k];
        var contiguous = n > 0 && rows[^1] - rows[0] == n - 1;
        for (var j = 0; j < k; j++)
        {
            var src = regressors[j];
            var col = centred.AsSpan(j * n, n);
            if (contiguous) src.AsSpan(rows[0], n).CopyTo(col);
            else for (var i = 0; i < n; i++) col[i] = src[rows[i]];
            means[j] = Spans.Centre(col, col);
        }
        var cross = new double[k * k]; // Xc'Xc, for the Shapley decomposition
        for (var i = 0; i < k; i++)
        for (var j = 0; j <= i; j++)
            cross[i * k + j] = cross[j * k + i] = TensorPrimitives.Dot<double>(centred.AsSpan(i * n, n), centred.AsSpan(j * n, n));

        var h = (double[])centred.Clone();
        var tau = new double[k];
        var r = new double[k * k];
        for (var j = 0; j < k; j++)
        {
            var colNorm = TensorPrimitives.Norm<double>(centred.AsSpan(j * n, n));
            var v = h.AsSpan(j * n + j, n - j);
            var norm = TensorPrimitives.Norm<double>(v);
            if (colNorm == 0 || norm <= RankTolerance * colNorm)
                throw new ArgumentException(
                    $"{context}: regressor '{names[j]}' is constant or a linear combination of the others over the {n} complete rows.");
            var alpha = v[0] > 0 ? -norm : norm;
            var head = v[0] - alpha;
            var vtv = norm * norm - v[0] * v[0] + head * head;
            v[0] = head;
            tau[j] = 2.0 / vtv;
            r[j * k + j] = alpha;
            for (var c = j + 1; c < k; c++)
            {
                var target = h.AsSpan(c * n + j, n - j);
                Reflect(v, tau[j], target);
                r[j * k + c] = target[0];
            }
        }

        var inverseR = InvertUpper(r, k);
        var a = new double[k * k]; // (Xc'Xc)⁻¹ = R⁻¹R⁻ᵀ
        for (var i = 0; i < k; i++)
        for (var j = 0; j < k; j++)
        {
            var s = 0.0;
            for (var l = Math.Max(i, j); l < k; l++) s += inverseR[i * k + l] * inverseR[j * k + l];
            a[i * k + j] = s;
        }
        // Inverse of X̃'X̃ with X̃ = [1, X]: [[1/n + m'Am, -(Am)'], [-Am, A]].
        var p = k + 1;
        var bread = new double[p * p];
        var am = new double[k];
        for (var i = 0; i < k; i++)
        for (var j = 0; j < k; j++) am[i] += a[i * k + j] * means[j];
        bread[0] = 1.0 / n + TensorPrimitives.Dot<double>(means, am);
        for (var i = 0; i < k; i++)
        {
            bread[i + 1] = bread[(i + 1) * p] = -am[i];
            for (var j = 0; j < k; j++) bread[(i + 1) * p + j + 1] = a[i * k + j];
        }
        return new OlsDesign(names, n, means, centred, h, tau, r, bread, cross);
    }

    /// <summary>Fits the dependent values observed on the design's rows (in the same order).</summary>
    public OlsResult Fit(ReadOnlySpan<double> y, OlsOptions options) => Fit(y, options, null);

    /// <summary>
    /// Fits the dependent values observed on the design's rows, and when <paramref name="shares"/> is given
    /// fills it with the Shapley shares of R² (see <see cref="ShapleyDecomposition"/>).
    /// </summary>
    public OlsResult Fit(ReadOnlySpan<double> y, OlsOptions options, double[]? shares)
    {
        var n = N;
        var k = K;
        var z = new double[n];
        var yMean = Spans.Centre(y, z);
        var tss = TensorPrimitives.SumOfSquares<double>(z);
        if (shares is not null) Shapley(z, tss).CopyTo(shares, 0);
        var centredY = options.Covariance == CovarianceKind.NeweyWest ? (double[])z.Clone() : null;
        for (var j = 0; j < k; j++) Reflect(_householder.AsSpan(j * n + j, n - j), _tau[j], z.AsSpan(j));

        var beta = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var s = z[i];
            for (var c = i + 1; c < k; c++) s -= _r[i * k + c] * beta[c];
            beta[i] = s / _r[i * k + i];
        }
        var ssr = TensorPrimitives.SumOfSquares<double>(z.AsSpan(k));
        var intercept = yMean - TensorPrimitives.Dot<double>(beta, Means);
        var df = n - k - 1;
        var p = k + 1;

        double[] covariance;
        int? lag = null;
        if (options.Covariance == CovarianceKind.NeweyWest)
        {
            lag = options.HacLag ?? NeweyWestLag.Default(n);
            covariance = NeweyWestCovariance(centredY!, beta, lag.Value);
        }
        else
        {
            var s2 = ssr / df;
            covariance = new double[p * p];
            TensorPrimitives.Multiply(_bread, s2, covariance);
        }

        var estimates = new double[p];
        estimates[0] = intercept;
        beta.CopyTo(estimates, 1);
        var coefficients = new OlsCoefficient[p];
        var dist = df > 0 ? new StudentT(0.0, 1.0, df) : null;
        for (var i = 0; i < p; i++)
        {
            var se = Math.Sqrt(covariance[i * p + i]);
            var t = estimates[i] / se;
            var pValue = double.IsNaN(t) || dist is null ? double.NaN : 2.0 * dist.CumulativeDistribution(-Math.Abs(t));
            coefficients[i] = new OlsCoefficient(i == 0 ? OlsResult.Intercept : Names[i - 1], estimates[i], se, t, pValue);
        }
        var r2 = tss > 0 ? 1.0 - ssr / tss : double.NaN;
        return new OlsResult(coefficients, covariance, r2, n, ssr, tss, options.Covariance, lag);
    }

    /// <summary>Shapley shares from the design's cross-products and the centred dependent values.</summary>
    private double[] Shapley(ReadOnlySpan<double> centredY, double tss)
    {
        var n = N;
        var k = K;
        var m = k + 1;
        var c = new double[m * m];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++) c[i * m + j] = _cross[i * k + j];
            c[i * m + k] = c[k * m + i] = TensorPrimitives.Dot(_centred.AsSpan(i * n, n), centredY);
        }
        c[k * m + k] = tss;
        return ShapleyDecomposition.FromCrossProducts(c, k);
    }

    /// <summary>Bread·S·Bread with Bartlett-weighted autocovariances of g_t = (1, x_t)·e_t.</summary>
    private double[] NeweyWestCovariance(double[] centredY, double[] beta, int lag)
    {
        var n = N;
        var k = K;
        var p = k + 1;
        var residual = (double[])centredY.Clone();
        for (var j = 0; j < k; j++)
            TensorPrimitives.MultiplyAdd(_centred.AsSpan(j * n, n), -beta[j], residual, residual);
        // g is n×p column-major: column 0 is e_t, column j+1 is x_{t,j}·e_t with the uncentred regressor.
        var g = new double[n * p];
        residual.CopyTo(g, 0);
        for (var j = 0; j < k; j++)
        {
            var col = g.AsSpan((j + 1) * n, n);
            TensorPrimitives.Add(_centred.AsSpan(j * n, n), Means[j], col);
            TensorPrimitives.Multiply(col, residual, col);
        }
        var s = new double[p * p];
        for (var l = 0; l <= Math.Min(lag, n - 1); l++)
        {
            var w = l == 0 ? 1.0 : 1.0 - l / (lag + 1.0);
            for (var a = 0; a < p; a++)
            for (var b = 0; b < p; b++)
            {
                // Γ_l[a,b] = Σ_t g_t[a] g_{t-l}[b]; S gets w·(Γ_l + Γ_l') for l > 0.
                var gamma = TensorPrimitives.Dot<double>(g.AsSpan(a * n + l, n - l), g.AsSpan(b * n, n - l));
                s[a * p + b] += w * gamma;
                if (l > 0) s[b * p + a] += w * gamma;
            }
        }
        var temp = Multiply(_bread, s, p);
        return Multiply(temp, _bread, p);
    }

    private static double[] Multiply(double[] a, double[] b, int p)
    {
        var c = new double[p * p];
        for (var i = 0; i < p; i++)
        for (var l = 0; l < p; l++)
        {
            var ail = a[i * p + l];
            for (var j = 0; j < p; j++) c[i * p + j] += ail * b[l * p + j];
        }
        return c;
    }

    /// <summary>target ← (I - τvvᵀ)·target.</summary>
    private static void Reflect(ReadOnlySpan<double> v, double tau, Span<double> target)
    {
        var s = TensorPrimitives.Dot(v, target);
        TensorPrimitives.MultiplyAdd(v, -tau * s, target, target);
    }

    private static double[] InvertUpper(double[] r, int k)
    {
        var inv = new double[k * k];
        for (var j = k - 1; j >= 0; j--)
        {
            inv[j * k + j] = 1.0 / r[j * k + j];
            for (var i = j - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var l = i + 1; l <= j; l++) s += r[i * k + l] * inv[l * k + j];
                inv[i * k + j] = -s / r[i * k + i];
            }
        }
        return inv;
    }

}
