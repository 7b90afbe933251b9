using System.Numerics.Tensors;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Builds <see cref="CorrelationMatrix"/> values from a panel of returns. Two engines give the same
/// numbers: when no selected series has a missing value in the period, columns are standardised
/// (centred, scaled to unit length) and the matrix is their Gram product; otherwise each pair uses its
/// common rows, through four Gram products of mean-shifted values and presence masks
/// (<c>Σxy, Σx·m, Σx²·m, Σm·m</c>). Both run blocked, vectorised and in parallel.
/// </summary>
public static class CorrelationMatrices
{
    /// <summary>
    /// The Pearson correlation matrix (pairwise-complete) of <paramref name="symbols"/> over
    /// <paramref name="period"/>.
    /// </summary>
    /// <param name="returns">A panel of returns (log returns in the study); indices can be added with <c>WithSeries</c>.</param>
    /// <param name="symbols">Columns to correlate, in output order; all of the panel's when null.</param>
    /// <param name="period">Sessions to use; the whole panel when null.</param>
    /// <exception cref="KeyNotFoundException">A symbol is not in the panel.</exception>
    /// <exception cref="ArgumentException">The period contains no session of the panel.</exception>
    public static CorrelationMatrix CorrelationMatrix(this SessionPanel returns, IEnumerable<string>? symbols = null, Period? period = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        period ??= Period.All;
        var names = (symbols ?? returns.Symbols).ToList();
        var range = Require.Sessions(returns, period);
        var columns = names.Select(s => returns[s]).ToList();
        var (values, counts) = Compute(columns, range.Start, range.Length);
        return new CorrelationMatrix(names, period, returns.Sessions[range.Start], returns.Sessions[range.End - 1], values, counts);
    }

    /// <summary>
    /// Pairwise-complete Pearson correlations of <paramref name="columns"/> over rows [start, start+length):
    /// row-major values and counts.
    /// </summary>
    internal static (double[] Values, int[] Counts) Compute(IReadOnlyList<double[]> columns, int start, int length)
    {
        var complete = true;
        for (var c = 0; c < columns.Count && complete; c++)
            complete = !Spans.HasNaN(columns[c].AsSpan(start, length));
        return complete ? Standardised(columns, start, length) : PairwiseComplete(columns, start, length);
    }

    private static (double[], int[]) Standardised(IReadOnlyList<double[]> columns, int start, int length)
    {
        var k = columns.Count;
        var z = new PackedColumns(k, length);
        var defined = new bool[k];
        for (var c = 0; c < k; c++)
        {
            var src = columns[c].AsSpan(start, length);
            var dst = z.Column(c);
            var constant = TensorPrimitives.Max(src) == TensorPrimitives.Min(src);
            var mean = TensorPrimitives.Sum(src) / length;
            TensorPrimitives.Subtract(src, mean, dst);
            mean = TensorPrimitives.Sum<double>(dst) / length; // second pass: the residual mean
            TensorPrimitives.Subtract(dst, mean, dst);
            var ss = TensorPrimitives.SumOfSquares<double>(dst);
            defined[c] = !constant && ss > 0 && length >= 2;
            TensorPrimitives.Multiply(dst, defined[c] ? 1.0 / Math.Sqrt(ss) : 0.0, dst);
        }
        var gram = GramProduct.Compute(z, z, symmetric: true);
        var counts = new int[k * k];
        Array.Fill(counts, length);
        for (var i = 0; i < k; i++)
        for (var j = 0; j < k; j++)
        {
            ref var v = ref gram[i * k + j];
            v = !defined[i] || !defined[j] ? double.NaN : i == j ? 1.0 : Math.Clamp(v, -1.0, 1.0);
        }
        return (gram, counts);
    }

    private static (double[], int[]) PairwiseComplete(IReadOnlyList<double[]> columns, int start, int length)
    {
        var k = columns.Count;
        var x = new PackedColumns(k, length);
        var q = new PackedColumns(k, length);
        var m = new PackedColumns(k, length);
        var constant = new bool[k];
        for (var c = 0; c < k; c++)
        {
            var src = columns[c].AsSpan(start, length);
            var mean = CentredMean(src);
            var first = double.NaN;
            var isConstant = true;
            Span<double> xs = x.Column(c), qs = q.Column(c), ms = m.Column(c);
            for (var t = 0; t < length; t++)
            {
                var v = src[t];
                if (double.IsNaN(v)) continue; // packed buffers start at zero: absent rows add nothing
                if (double.IsNaN(first)) first = v;
                isConstant &= v == first;
                var d = v - mean;
                xs[t] = d;
                qs[t] = d * d;
                ms[t] = 1.0;
            }
            constant[c] = isConstant;
        }
        var sxy = GramProduct.Compute(x, x, symmetric: true);
        var nn = GramProduct.Compute(m, m, symmetric: true);
        var sxm = GramProduct.Compute(x, m, symmetric: false);
        var sqm = GramProduct.Compute(q, m, symmetric: false);

        var values = new double[k * k];
        var counts = new int[k * k];
        for (var i = 0; i < k; i++)
        for (var j = 0; j < k; j++)
        {
            var ij = i * k + j;
            var ji = j * k + i;
            var n = nn[ij];
            counts[ij] = (int)Math.Round(n);
            if (n < 2 || constant[i] || constant[j])
            {
                values[ij] = double.NaN;
                continue;
            }
            double sx = sxm[ij], sy = sxm[ji];
            var cov = sxy[ij] - sx * sy / n;
            var vx = sqm[ij] - sx * sx / n;
            var vy = sqm[ji] - sy * sy / n;
            values[ij] = vx <= 0 || vy <= 0 ? double.NaN : i == j ? 1.0 : Math.Clamp(cov / Math.Sqrt(vx * vy), -1.0, 1.0);
        }
        return (values, counts);
    }

    /// <summary>Mean of the present values, refined by a second pass over the residuals.</summary>
    internal static double CentredMean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            n++;
        }
        if (n == 0) return 0;
        var mean = sum / n;
        double residual = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) residual += v - mean;
        return mean + residual / n;
    }
}
