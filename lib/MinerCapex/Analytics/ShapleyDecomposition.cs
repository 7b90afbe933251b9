using MinerCapex.Analytics.Numerics;

namespace MinerCapex.Analytics;

/// <summary>
/// Splits the R² of a regression among its regressors by the Shapley value (the LMG decomposition of
/// Lindeman, Merenda and Gold): a regressor's share is its increase of R² when added to a subset of the
/// other regressors, averaged over all orders in which the regressors can enter. The shares are
/// order-independent, sum exactly to the full R², and are computed exactly from all 2^k subsets
/// (each subset's R² from the centred cross-products of the complete rows).
/// </summary>
public static class ShapleyDecomposition
{
    /// <summary>The largest number of regressors accepted (2^k subset regressions).</summary>
    public const int MaxRegressors = 16;

    /// <summary>
    /// Shapley shares of R² for the regression of <paramref name="y"/> on <paramref name="regressors"/>
    /// (with intercept) over the rows where all are present, in regressor order. Shares are fractions of
    /// the variance of y; divide by their sum (the R²) for fractions of explained variance.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, or a regressor is constant or collinear.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxRegressors"/> regressors.</exception>
    /// <exception cref="InsufficientDataException">Fewer than k + 2 complete rows.</exception>
    public static double[] RSquaredShares(ReadOnlySpan<double> y, IReadOnlyList<double[]> regressors)
    {
        ArgumentNullException.ThrowIfNull(regressors);
        foreach (var x in regressors) Require.SameLength(y.Length, x.Length, nameof(regressors));
        var rows = Ols.CompleteRows(y, regressors, 0);
        var design = OlsDesign.Build(regressors, rows, Ols.Names(regressors.Count, null), "Shapley decomposition");
        var yRows = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) yRows[i] = y[rows[i]];
        var shares = new double[regressors.Count];
        design.Fit(yRows, OlsOptions.Classical, shares);
        return shares;
    }

    /// <summary>
    /// Shapley shares from the centred cross-product matrix <paramref name="c"/> of (x_1..x_k, y),
    /// row-major (k+1)×(k+1), y last.
    /// </summary>
    internal static double[] FromCrossProducts(double[] c, int k)
    {
        if (k > MaxRegressors)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"The exact Shapley decomposition is limited to {MaxRegressors} regressors.");
        var m = k + 1;
        var syy = c[k * m + k];
        var r2 = new double[1 << k];
        for (var subset = 1; subset < r2.Length; subset++) r2[subset] = SubsetRSquared(c, m, k, subset, syy);

        var factorial = new double[k + 1];
        factorial[0] = 1;
        for (var i = 1; i <= k; i++) factorial[i] = factorial[i - 1] * i;
        var shares = new double[k];
        for (var j = 0; j < k; j++)
        {
            var bit = 1 << j;
            for (var subset = 0; subset < r2.Length; subset++)
            {
                if ((subset & bit) != 0) continue;
                var size = System.Numerics.BitOperations.PopCount((uint)subset);
                var weight = factorial[size] * factorial[k - size - 1] / factorial[k];
                shares[j] += weight * (r2[subset | bit] - r2[subset]);
            }
        }
        return shares;
    }

    /// <summary>R² of y on the regressors in <paramref name="subset"/>: <c>c_Sy' C_SS⁻¹ c_Sy / c_yy</c>, by Cholesky.</summary>
    private static double SubsetRSquared(double[] c, int m, int k, int subset, double syy)
    {
        Span<int> idx = stackalloc int[k];
        var s = 0;
        for (var j = 0; j < k; j++)
            if ((subset & (1 << j)) != 0) idx[s++] = j;
        Span<double> l = stackalloc double[s * s];
        Span<double> b = stackalloc double[s];
        for (var i = 0; i < s; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var v = c[idx[i] * m + idx[j]];
                for (var q = 0; q < j; q++) v -= l[i * s + q] * l[j * s + q];
                l[i * s + j] = i == j ? Math.Sqrt(v) : v / l[j * s + j];
            }
            var rhs = c[idx[i] * m + k];
            for (var q = 0; q < i; q++) rhs -= l[i * s + q] * b[q];
            b[i] = rhs / l[i * s + i];
        }
        // With C = LLᵀ and Lb = c_Sy, c_Sy' C⁻¹ c_Sy = |b|².
        var explained = 0.0;
        foreach (var v in b) explained += v * v;
        return explained / syy;
    }
}
