using MinerCapex.Analytics.Numerics;

namespace MinerCapex.Analytics;

/// <summary>
/// Ordinary least squares with an intercept: <c>y_t = a + Σ_j b_j x_{t,j} + e_t</c>. Rows where the
/// dependent series or any regressor is missing (NaN) are dropped (listwise deletion). Coefficients come
/// from a Householder QR of the centred regressors; standard errors are classical or Newey–West
/// (<see cref="OlsOptions"/>); p-values are two-sided from Student's t with <c>n - k - 1</c> degrees of
/// freedom (MathNet), for Newey–West too (statsmodels <c>use_t=True</c>).
/// </summary>
public static class Ols
{
    /// <summary>Fits <paramref name="y"/> on <paramref name="regressors"/> (each as long as <paramref name="y"/>).</summary>
    /// <param name="y">Dependent series.</param>
    /// <param name="regressors">Regressor series; may be empty (an intercept-only model: the mean).</param>
    /// <param name="names">Regressor names for the result; <c>x1, x2, ...</c> when null.</param>
    /// <param name="options">Standard-error options; classical when null.</param>
    /// <exception cref="ArgumentException">Lengths differ, names do not match the regressors, or a regressor is constant or collinear.</exception>
    /// <exception cref="InsufficientDataException">Fewer than k + 2 complete rows (no residual degree of freedom).</exception>
    public static OlsResult Fit(ReadOnlySpan<double> y, IReadOnlyList<double[]> regressors, IReadOnlyList<string>? names = null, OlsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(regressors);
        foreach (var x in regressors) Require.SameLength(y.Length, x.Length, nameof(regressors));
        return FitRows(y, regressors, 0, names, options, null);
    }

    /// <summary>Fits rows [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of aligned series.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row range lies outside the series.</exception>
    /// <exception cref="ArgumentException">Lengths differ, names do not match the regressors, or a regressor is constant or collinear.</exception>
    /// <exception cref="InsufficientDataException">Fewer than k + 2 complete rows.</exception>
    public static OlsResult Fit(double[] y, IReadOnlyList<double[]> regressors, int start, int length, IReadOnlyList<string>? names = null, OlsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(regressors);
        foreach (var x in regressors) Require.SameLength(y.Length, x.Length, nameof(regressors));
        if (start < 0 || length < 0 || start + length > y.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"Rows {start}..{start + length - 1} are outside the {y.Length} values.");
        return FitRows(y.AsSpan(start, length), regressors, start, names, options, null);
    }

    /// <summary><paramref name="y"/> is the window of rows starting at <paramref name="offset"/> of each regressor.</summary>
    internal static OlsResult FitRows(ReadOnlySpan<double> y, IReadOnlyList<double[]> regressors, int offset, IReadOnlyList<string>? names, OlsOptions? options, string? context)
    {
        var labels = Names(regressors.Count, names);
        context ??= regressors.Count == 0 ? "OLS on a constant" : $"OLS on {string.Join(", ", labels)}";
        var rows = CompleteRows(y, regressors, offset);
        var design = OlsDesign.Build(regressors, rows, labels, context);
        var yRows = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) yRows[i] = y[rows[i] - offset];
        return design.Fit(yRows, options ?? OlsOptions.Classical);
    }

    /// <summary>Source row indices (offset + i) where y[i] and every regressor are present.</summary>
    internal static int[] CompleteRows(ReadOnlySpan<double> y, IReadOnlyList<double[]> regressors, int offset)
    {
        var x = regressors.ToArray();
        var complete = !Spans.HasNaN(y);
        foreach (var column in x) complete &= !Spans.HasNaN(column.AsSpan(offset, y.Length));
        if (complete)
        {
            var all = new int[y.Length];
            for (var i = 0; i < all.Length; i++) all[i] = offset + i;
            return all;
        }
        var rows = new List<int>(y.Length);
        for (var i = 0; i < y.Length; i++)
        {
            var present = !double.IsNaN(y[i]);
            for (var j = 0; j < x.Length && present; j++) present = !double.IsNaN(x[j][offset + i]);
            if (present) rows.Add(offset + i);
        }
        return rows.ToArray();
    }

    internal static string[] Names(int count, IReadOnlyList<string>? names)
    {
        if (names is null) return Enumerable.Range(1, count).Select(i => "x" + i).ToArray();
        if (names.Count != count)
            throw new ArgumentException($"{names.Count} names for {count} regressors.", nameof(names));
        return names.ToArray();
    }
}
