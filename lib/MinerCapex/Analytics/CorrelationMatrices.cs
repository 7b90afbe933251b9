using System.Numerics.Tensors;
using MinerCapex.Analytics.Numerics;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Builds <see cref="CorrelationMatrix"/> values from a panel of returns. Every pair uses its common
/// sessions (pairwise complete); the sums of products come from blocked, vectorised, parallel Gram
/// products of mean-shifted columns, plus products with the presence masks of the columns that have
/// missing values (none when the panel is complete).
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
    /// <exception cref="ArgumentException">A symbol is listed twice, or the period contains no session of the panel.</exception>
    public static CorrelationMatrix CorrelationMatrix(this SessionPanel returns, IEnumerable<string>? symbols = null, Period? period = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        period ??= Period.All;
        var names = (symbols ?? returns.Symbols).ToList();
        var repeated = names.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ArgumentException($"Symbol '{repeated.Key}' is listed twice.", nameof(symbols));
        var range = Require.Sessions(returns, period);
        var columns = names.Select(s => returns[s]).ToList();
        var (values, counts) = Compute(columns, range.Start, range.Length);
        return new CorrelationMatrix(names, period, returns.Sessions[range.Start], returns.Sessions[range.End - 1], values, counts);
    }

    /// <summary>
    /// Pairwise-complete Pearson correlations of <paramref name="columns"/> over rows [start, start+length):
    /// row-major values and counts.
    /// </summary>
    /// <remarks>
    /// Each column is shifted by its own mean (so sums of products lose no precision) with missing rows set
    /// to zero, and <c>Σ x_i x_j</c> comes from one Gram product. For a pair, the sums over the pair's
    /// common rows (<c>n, Σx_i, Σx_j, Σx_i², Σx_j²</c>) are the column totals when the other column is
    /// complete, and otherwise come from products with the presence masks of the incomplete columns only,
    /// so a few late listings cost little more than a complete panel.
    /// </remarks>
    internal static (double[] Values, int[] Counts) Compute(IReadOnlyList<double[]> columns, int start, int length)
    {
        var k = columns.Count;
        var x = new PackedColumns(k, length);
        var sum = new double[k];
        var sumSq = new double[k];
        var count = new int[k];
        var constant = new bool[k];
        var incomplete = new List<int>();
        for (var c = 0; c < k; c++)
        {
            var src = columns[c].AsSpan(start, length);
            var dst = x.Column(c);
            if (Spans.HasNaN(src))
            {
                incomplete.Add(c);
                ShiftPresent(src, dst, out count[c], out constant[c]);
            }
            else
            {
                count[c] = length;
                constant[c] = length == 0 || TensorPrimitives.Max(src) == TensorPrimitives.Min(src);
                Spans.Centre(src, dst);
            }
            sum[c] = TensorPrimitives.Sum<double>(dst);
            sumSq[c] = TensorPrimitives.SumOfSquares<double>(dst);
        }

        var sxy = GramProduct.Compute(x, x, symmetric: true);
        var slot = Enumerable.Repeat(-1, k).ToArray();
        double[] xm = [], qm = [], mm = [];
        var p = incomplete.Count;
        if (p > 0)
        {
            var q = new PackedColumns(k, length);
            TensorPrimitives.Multiply<double>(x.Data, x.Data, q.Data);
            var m = new PackedColumns(p, length);
            for (var s = 0; s < p; s++)
            {
                slot[incomplete[s]] = s;
                var src = columns[incomplete[s]].AsSpan(start, length);
                var mask = m.Column(s);
                for (var t = 0; t < length; t++) mask[t] = double.IsNaN(src[t]) ? 0.0 : 1.0;
            }
            xm = GramProduct.Compute(x, m, symmetric: false); // k × p: Σ x_i over rows where incomplete column s is present
            qm = GramProduct.Compute(q, m, symmetric: false);
            mm = GramProduct.Compute(m, m, symmetric: true);
        }

        var values = new double[k * k];
        var counts = new int[k * k];
        for (var i = 0; i < k; i++)
        for (var j = 0; j < k; j++)
        {
            int si = slot[i], sj = slot[j];
            // Sums of column i over the rows where column j is present, and the other way round.
            double n = si < 0 && sj < 0 ? length : si < 0 ? count[j] : sj < 0 ? count[i] : mm[si * p + sj];
            double sx = sj < 0 ? sum[i] : xm[i * p + sj], sxx = sj < 0 ? sumSq[i] : qm[i * p + sj];
            double sy = si < 0 ? sum[j] : xm[j * p + si], syy = si < 0 ? sumSq[j] : qm[j * p + si];
            var ij = i * k + j;
            counts[ij] = (int)Math.Round(n);
            if (n < 2 || constant[i] || constant[j])
            {
                values[ij] = double.NaN;
                continue;
            }
            var cov = sxy[ij] - sx * sy / n;
            var vx = sxx - sx * sx / n;
            var vy = syy - sy * sy / n;
            values[ij] = vx <= 0 || vy <= 0 ? double.NaN : i == j ? 1.0 : Math.Clamp(cov / Math.Sqrt(vx * vy), -1.0, 1.0);
        }
        return (values, counts);
    }

    /// <summary>Present values minus their mean into <paramref name="dst"/> (zero where missing).</summary>
    private static void ShiftPresent(ReadOnlySpan<double> src, Span<double> dst, out int count, out bool constant)
    {
        var mean = CentredMean(src);
        var first = double.NaN;
        constant = true;
        count = 0;
        for (var t = 0; t < src.Length; t++)
        {
            var v = src[t];
            if (double.IsNaN(v)) continue;
            if (count++ == 0) first = v;
            constant &= v == first;
            dst[t] = v - mean;
        }
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
