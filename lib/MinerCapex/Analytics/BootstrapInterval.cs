namespace MinerCapex.Analytics;

/// <summary>A statistic with its bootstrap distribution summarised: the percentile interval and standard error.</summary>
/// <param name="Estimate">The statistic on the original sample.</param>
/// <param name="Lower">The 2.5% quantile of the replicates (linear interpolation between order statistics, numpy's default).</param>
/// <param name="Upper">The 97.5% quantile of the replicates.</param>
/// <param name="StandardError">The replicates' standard deviation (divisor B − 1).</param>
/// <param name="Draws">Number of replicates B.</param>
public sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double StandardError, int Draws)
{
    /// <summary>The estimate with its percentile interval and standard error from <paramref name="replicates"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two replicates.</exception>
    public static BootstrapInterval Of(double estimate, IReadOnlyList<double> replicates, double coverage = 0.95)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (replicates.Count < 2) throw new ArgumentException("A bootstrap interval needs at least two replicates.", nameof(replicates));
        var sorted = replicates.ToArray();
        Array.Sort(sorted);
        var tail = (1 - coverage) / 2;
        var mean = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / (sorted.Length - 1));
        return new BootstrapInterval(estimate, Quantile(sorted, tail), Quantile(sorted, 1 - tail), sd, sorted.Length);
    }

    /// <summary>Whether the interval excludes zero.</summary>
    public bool ExcludesZero => Lower > 0 || Upper < 0;

    /// <summary>The <paramref name="q"/>-quantile of sorted values, interpolating linearly at position <c>q(B − 1)</c> (numpy's <c>quantile</c> default, Hyndman–Fan type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var position = q * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
