namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// Cholesky factor of a symmetric positive-definite matrix after Jacobi scaling (unit diagonal), so columns measured in
/// very different units (daily returns and dummies) do not cost precision; solves <c>M x = b</c> with it.
/// </summary>
internal sealed class ScaledCholesky
{
    private readonly double[] _l;
    private readonly double[] _scale;
    private readonly int _n;

    private ScaledCholesky(double[] l, double[] scale, int n) => (_l, _scale, _n) = (l, scale, n);

    /// <summary>Factors the row-major <paramref name="n"/> × <paramref name="n"/> matrix.</summary>
    /// <exception cref="ArgumentException">A pivot falls below 1e-12 of the unit diagonal: the columns are (nearly) collinear.</exception>
    public static ScaledCholesky Factor(double[] matrix, int n, string context)
    {
        var scale = new double[n];
        for (var i = 0; i < n; i++) scale[i] = 1 / Math.Sqrt(matrix[i * n + i]);
        var l = new double[n * n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j <= i; j++)
        {
            var s = matrix[i * n + j] * scale[i] * scale[j];
            for (var k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
            if (i == j)
            {
                if (!(s > 1e-12))
                    throw new ArgumentException($"{context}: column {i} is collinear with the others (and the fixed effects); its pivot is {s:G3}.");
                l[i * n + i] = Math.Sqrt(s);
            }
            else l[i * n + j] = s / l[j * n + j];
        }
        return new ScaledCholesky(l, scale, n);
    }

    /// <summary>The solution of <c>M x = b</c>.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var n = _n;
        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = b[i] * _scale[i];
            for (var k = 0; k < i; k++) s -= _l[i * n + k] * z[k];
            z[i] = s / _l[i * n + i];
        }
        for (var i = n - 1; i >= 0; i--)
        {
            var s = z[i];
            for (var k = i + 1; k < n; k++) s -= _l[k * n + i] * z[k];
            z[i] = s / _l[i * n + i];
        }
        for (var i = 0; i < n; i++) z[i] *= _scale[i];
        return z;
    }
}
