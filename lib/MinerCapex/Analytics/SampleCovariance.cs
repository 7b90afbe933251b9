namespace MinerCapex.Analytics;

/// <summary>
/// The covariance matrix of a few series on the same rows, and what follows from it: correlations, partial
/// correlations and variances. One per sample or per bootstrap draw.
/// </summary>
public sealed class SampleCovariance
{
    private readonly double[] _c;

    private SampleCovariance(int size, double[] c)
    {
        Size = size;
        _c = c;
    }

    /// <summary>Number of series.</summary>
    public int Size { get; }

    /// <summary>Covariance of series <paramref name="i"/> and <paramref name="j"/> (divisor n; correlations do not depend on it).</summary>
    public double this[int i, int j] => _c[i * Size + j];

    /// <summary>Variance of series <paramref name="i"/>.</summary>
    public double Variance(int i) => this[i, i];

    /// <summary>Pearson correlation of series <paramref name="i"/> and <paramref name="j"/>.</summary>
    public double Correlation(int i, int j) => this[i, j] / Math.Sqrt(this[i, i] * this[j, j]);

    /// <summary>
    /// First-order partial correlation of <paramref name="i"/> and <paramref name="j"/> given <paramref name="k"/>:
    /// <c>(r_ij − r_ik r_jk) / √((1 − r_ik²)(1 − r_jk²))</c>, the correlation of their residuals on <paramref name="k"/>.
    /// </summary>
    public double PartialCorrelation(int i, int j, int k)
    {
        double rij = Correlation(i, j), rik = Correlation(i, k), rjk = Correlation(j, k);
        return (rij - rik * rjk) / Math.Sqrt((1 - rik * rik) * (1 - rjk * rjk));
    }

    /// <summary>The covariance of <paramref name="columns"/> on <paramref name="rows"/> (all rows of the columns when null).</summary>
    public static SampleCovariance Of(IReadOnlyList<double[]> columns, ReadOnlySpan<int> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var k = columns.Count;
        var n = rows.Length;
        Span<double> mean = stackalloc double[k];
        foreach (var r in rows)
            for (var i = 0; i < k; i++) mean[i] += columns[i][r];
        for (var i = 0; i < k; i++) mean[i] /= n;
        var c = new double[k * k];
        Span<double> d = stackalloc double[k];
        foreach (var r in rows)
        {
            for (var i = 0; i < k; i++) d[i] = columns[i][r] - mean[i];
            for (var i = 0; i < k; i++)
                for (var j = 0; j <= i; j++) c[i * k + j] += d[i] * d[j];
        }
        for (var i = 0; i < k; i++)
            for (var j = 0; j <= i; j++)
            {
                c[i * k + j] /= n;
                c[j * k + i] = c[i * k + j];
            }
        return new SampleCovariance(k, c);
    }
}
