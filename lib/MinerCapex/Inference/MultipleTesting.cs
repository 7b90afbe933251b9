namespace MinerCapex.Inference;

/// <summary>
/// Adjusts the p-values of one table (the family) for multiple testing: Holm's step-down family-wise
/// adjustment and Benjamini–Hochberg's false-discovery-rate q-values.
/// </summary>
/// <remarks>
/// The family is exactly the list passed in, so a caller adjusts one table at a time and says so in its caption.
/// A NaN p-value (a test that could not be computed) is not a member of the family: it stays NaN and does not
/// raise the others' adjustment. Both adjustments are capped at 1 and keep the input order.
/// References: Holm (1979), "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6;
/// Benjamini and Hochberg (1995), "Controlling the false discovery rate", JRSS B 57. Pinned to statsmodels'
/// <c>multipletests(method="holm")</c> and <c>multipletests(method="fdr_bh")</c>.
/// </remarks>
public static class MultipleTesting
{
    /// <summary>Holm's adjusted p-values: the k-th smallest of m becomes max over j ≤ k of min(1, (m − j + 1)·p₍ⱼ₎).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value lies outside [0, 1].</exception>
    public static IReadOnlyList<double> Holm(IReadOnlyList<double> pValues)
    {
        var (order, adjusted) = Prepare(pValues);
        var m = order.Length;
        var running = 0.0;
        for (var k = 0; k < m; k++)
        {
            running = Math.Max(running, Math.Min(1.0, (m - k) * pValues[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }

    /// <summary>Benjamini–Hochberg q-values: the k-th smallest of m becomes min over j ≥ k of min(1, m·p₍ⱼ₎ / j).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value lies outside [0, 1].</exception>
    public static IReadOnlyList<double> BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var (order, adjusted) = Prepare(pValues);
        var m = order.Length;
        var running = 1.0;
        for (var k = m - 1; k >= 0; k--)
        {
            running = Math.Min(running, Math.Min(1.0, m * pValues[order[k]] / (k + 1)));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }

    /// <summary>Both adjustments of one family, in the input order.</summary>
    public static AdjustedPValues Adjust(IReadOnlyList<double> pValues) =>
        new(pValues, Holm(pValues), BenjaminiHochberg(pValues));

    // The indices of the finite p-values sorted ascending (stable, so ties keep input order), and an output
    // array pre-filled with NaN for the members left out of the family.
    private static (int[] Order, double[] Adjusted) Prepare(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            var p = pValues[i];
            if (!double.IsNaN(p) && (p < 0 || p > 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), p, $"p-value {i} must lie in [0, 1] (or be NaN when the test could not be computed).");
        }
        var order = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i])).OrderBy(i => pValues[i]).ToArray();
        var adjusted = Enumerable.Repeat(double.NaN, pValues.Count).ToArray();
        return (order, adjusted);
    }
}
