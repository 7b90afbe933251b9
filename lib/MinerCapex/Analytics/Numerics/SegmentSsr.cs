namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// The residual sum of squares of an OLS fit (with intercept) on every run of consecutive rows at least
/// <see cref="MinimumLength"/> long: the triangular matrix Bai and Perron's (2003) dynamic program searches.
/// </summary>
/// <remarks>
/// For each first row the cross products X'X, X'y and y'y are accumulated one row at a time and the SSR
/// y'y − X'y'(X'X)⁻¹X'y is solved by a Cholesky factor of the k×k X'X: O(n² k²) in all, a few milliseconds for
/// 700 rows and four regressors. The data are centred on their full-sample means first (the SSR of a fit with an
/// intercept does not change), which keeps X'X well conditioned and the subtraction free of cancellation.
/// </remarks>
internal sealed class SegmentSsr
{
    private readonly double[][] _ssr; // _ssr[start][length - MinimumLength]

    private SegmentSsr(double[][] ssr, int rows, int minimumLength)
    {
        _ssr = ssr;
        Rows = rows;
        MinimumLength = minimumLength;
    }

    /// <summary>Rows of the series.</summary>
    public int Rows { get; }

    /// <summary>The shortest run of rows whose SSR is kept.</summary>
    public int MinimumLength { get; }

    /// <summary>SSR of rows [<paramref name="start"/>, <paramref name="end"/>), which must hold at least <see cref="MinimumLength"/> rows.</summary>
    public double this[int start, int end] => _ssr[start][end - start - MinimumLength];

    /// <summary>Computes the SSR of every run of at least <paramref name="minimumLength"/> rows of y on the regressors and an intercept.</summary>
    public static SegmentSsr Compute(double[] y, IReadOnlyList<double[]> x, int minimumLength)
    {
        var n = y.Length;
        var k = x.Count + 1;
        // Row-major design with the constant first, centred.
        var design = new double[n * k];
        var yc = new double[n];
        var meanY = y.Average();
        for (var t = 0; t < n; t++)
        {
            yc[t] = y[t] - meanY;
            design[t * k] = 1.0;
        }
        for (var j = 1; j < k; j++)
        {
            var column = x[j - 1];
            var mean = column.Average();
            for (var t = 0; t < n; t++) design[t * k + j] = column[t] - mean;
        }

        var ssr = new double[n - minimumLength + 1][];
        var a = new double[k * k];
        var c = new double[k];
        var l = new double[k * k];
        var z = new double[k];
        for (var start = 0; start + minimumLength <= n; start++)
        {
            Array.Clear(a);
            Array.Clear(c);
            var yy = 0.0;
            var row = ssr[start] = new double[n - start - minimumLength + 1];
            for (var end = start + 1; end <= n; end++)
            {
                var t = end - 1;
                var xt = design.AsSpan(t * k, k);
                for (var i = 0; i < k; i++)
                {
                    for (var j = 0; j <= i; j++) a[i * k + j] += xt[i] * xt[j];
                    c[i] += xt[i] * yc[t];
                }
                yy += yc[t] * yc[t];
                if (end - start >= minimumLength) row[end - start - minimumLength] = yy - Explained(a, c, l, z, k);
            }
        }
        return new SegmentSsr(ssr, n, minimumLength);
    }

    // c'A⁻¹c = |L⁻¹c|² with A = LL' (lower triangle of a as accumulated).
    private static double Explained(double[] a, double[] c, double[] l, double[] z, int k)
    {
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i * k + j];
                for (var p = 0; p < j; p++) sum -= l[i * k + p] * l[j * k + p];
                if (i == j)
                {
                    if (!(sum > 0)) throw new ArgumentException("A segment's regressors are collinear (X'X is singular); no SSR.");
                    l[i * k + i] = Math.Sqrt(sum);
                }
                else l[i * k + j] = sum / l[j * k + j];
            }
        }
        var explained = 0.0;
        for (var i = 0; i < k; i++)
        {
            var sum = c[i];
            for (var p = 0; p < i; p++) sum -= l[i * k + p] * z[p];
            z[i] = sum / l[i * k + i];
            explained += z[i] * z[i];
        }
        return explained;
    }
}
