using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// Cholesky factor (MathNet) of a symmetric positive-definite matrix after Jacobi scaling to a unit diagonal, so
/// columns measured in very different units do not cost precision; solves <c>M x = b</c> with it.
/// </summary>
internal sealed class ScaledCholesky
{
    private readonly Cholesky<double> _factor;
    private readonly Vector<double> _scale;

    private ScaledCholesky(Cholesky<double> factor, Vector<double> scale) => (_factor, _scale) = (factor, scale);

    /// <summary>Factors the row-major <paramref name="n"/> × <paramref name="n"/> matrix.</summary>
    /// <exception cref="ArgumentException">A squared pivot of the scaled matrix falls below 1e-12: the columns are (nearly) collinear.</exception>
    public static ScaledCholesky Factor(double[] matrix, int n, string context)
    {
        var m = Matrix<double>.Build.Dense(n, n, (i, j) => matrix[i * n + j]);
        var scale = Vector<double>.Build.Dense(n, i => 1 / Math.Sqrt(matrix[i * n + i]));
        var scaled = m.PointwiseMultiply(scale.OuterProduct(scale));
        Cholesky<double> factor;
        try
        {
            factor = scaled.Cholesky();
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"{context}: the columns are collinear (with the fixed effects); the cross-product is not positive definite.");
        }
        var pivots = factor.Factor.Diagonal();
        var worst = pivots.MinimumIndex();
        if (!(pivots[worst] * pivots[worst] > 1e-12))
            throw new ArgumentException($"{context}: column {worst} is collinear with the others (and the fixed effects); its squared pivot is {pivots[worst] * pivots[worst]:G3}.");
        return new ScaledCholesky(factor, scale);
    }

    /// <summary>The solution of <c>M x = b</c>.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var rhs = Vector<double>.Build.Dense(b.ToArray()).PointwiseMultiply(_scale);
        return _factor.Solve(rhs).PointwiseMultiply(_scale).ToArray();
    }
}
