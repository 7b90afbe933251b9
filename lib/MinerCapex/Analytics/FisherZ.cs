using MathNet.Numerics.Distributions;

namespace MinerCapex.Analytics;

/// <summary>The Fisher z test of two independent correlations.</summary>
/// <param name="R1">Correlation in the first sample.</param>
/// <param name="N1">Observations in the first sample.</param>
/// <param name="R2">Correlation in the second sample.</param>
/// <param name="N2">Observations in the second sample.</param>
/// <param name="Z"><c>(atanh r1 - atanh r2) / sqrt(1/(n1-3) + 1/(n2-3))</c>.</param>
/// <param name="P">Two-sided p-value from the standard normal, <c>2Φ(-|z|)</c>.</param>
public sealed record FisherZResult(double R1, int N1, double R2, int N2, double Z, double P);

/// <summary>
/// Compares two correlations estimated on independent samples (e.g. 2024 vs 2025): under equal
/// population correlations, <c>atanh r</c> is approximately normal with variance <c>1/(n-3)</c>.
/// </summary>
public static class FisherZ
{
    /// <summary>Tests whether <paramref name="r1"/> (from <paramref name="n1"/> pairs) and <paramref name="r2"/> differ.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A correlation is NaN or outside [-1, 1].</exception>
    /// <exception cref="InsufficientDataException">A sample has fewer than 4 pairs.</exception>
    public static FisherZResult Compare(double r1, int n1, double r2, int n2)
    {
        CheckCorrelation(r1, nameof(r1));
        CheckCorrelation(r2, nameof(r2));
        if (n1 < 4) throw new InsufficientDataException("The Fisher z test (first sample)", 4, n1);
        if (n2 < 4) throw new InsufficientDataException("The Fisher z test (second sample)", 4, n2);
        var z = (Math.Atanh(r1) - Math.Atanh(r2)) / Math.Sqrt(1.0 / (n1 - 3) + 1.0 / (n2 - 3));
        var p = double.IsNaN(z) ? double.NaN : 2.0 * Normal.CDF(0.0, 1.0, -Math.Abs(z));
        return new FisherZResult(r1, n1, r2, n2, z, p);
    }

    /// <summary>Compares two <see cref="CorrelationEstimate"/>s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A correlation is undefined (NaN).</exception>
    /// <exception cref="InsufficientDataException">A sample has fewer than 4 pairs.</exception>
    public static FisherZResult Compare(CorrelationEstimate first, CorrelationEstimate second) =>
        Compare(first.Value, first.Count, second.Value, second.Count);

    private static void CheckCorrelation(double r, string name)
    {
        if (double.IsNaN(r) || r < -1 || r > 1)
            throw new ArgumentOutOfRangeException(name, r, "A correlation must lie in [-1, 1]; NaN means it is undefined for that sample (constant series or too few pairs).");
    }
}
