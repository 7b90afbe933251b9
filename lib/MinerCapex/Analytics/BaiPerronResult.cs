namespace MinerCapex.Analytics;

/// <summary>
/// Bai and Perron's (1998, 2003) multiple structural breaks in a linear regression in which every coefficient, the
/// intercept included, may shift: the SSR-minimising partition for each number of breaks, the two ways of choosing
/// that number (BIC and the sequential sup-F(ℓ+1|ℓ) test), and each break date's confidence interval.
/// </summary>
/// <param name="Symbol">The dependent series.</param>
/// <param name="Factors">The regressors (an intercept is added).</param>
/// <param name="Period">The sessions searched.</param>
/// <param name="Trim">ε: the shortest regime as a share of the rows.</param>
/// <param name="MinimumSegment">h = ⌊ε n⌋ rows, strucchange's <c>h</c>.</param>
/// <param name="Observations">n: complete rows.</param>
/// <param name="Partitions">The optimal partition for m = 0, 1, ..., the largest number of breaks searched.</param>
/// <param name="NextBreakTests">sup-F(ℓ+1|ℓ) for ℓ = 0 .. the largest m − 1.</param>
public sealed record BaiPerronResult(string Symbol, IReadOnlyList<string> Factors, Period Period, double Trim, int MinimumSegment, int Observations,
    IReadOnlyList<BreakPartition> Partitions, IReadOnlyList<NextBreakTest> NextBreakTests)
{
    /// <summary>The level of the sequential test.</summary>
    public const double SequentialLevel = 0.05;

    /// <summary>k: coefficients per regime (the factors and the intercept), all of which may break, so also Bai and Perron's q.</summary>
    public int Coefficients => Factors.Count + 1;

    /// <summary>The number of breaks with the smallest BIC (the first on a tie, as R's <c>which.min</c>).</summary>
    public int BicBreaks => ArgMin(Partitions.Select(p => p.Bic));

    /// <summary>The number of breaks with the smallest LWZ criterion.</summary>
    public int LwzBreaks => ArgMin(Partitions.Select(p => p.Lwz));

    /// <summary>
    /// The sequential choice (Bai and Perron 1998, 2003): starting from ℓ = 0, add a break while sup-F(ℓ+1|ℓ) exceeds its
    /// 5% critical value; the first ℓ not rejected (or the largest m searched).
    /// </summary>
    public int SequentialBreaks => NextBreakTests.TakeWhile(t => t.RejectsAtFivePercent).Count();

    /// <summary>The sequential choice with the Newey–West statistics (<see cref="NextBreakTest.RobustStatistic"/>).</summary>
    public int RobustSequentialBreaks => NextBreakTests.TakeWhile(t => t.RobustRejectsAtFivePercent).Count();

    /// <summary>The partition with <paramref name="breaks"/> breaks.</summary>
    public BreakPartition WithBreaks(int breaks) => Partitions[breaks];

    private static int ArgMin(IEnumerable<double> values)
    {
        var best = -1;
        var min = double.PositiveInfinity;
        var i = 0;
        foreach (var v in values)
        {
            if (v < min) (best, min) = (i, v);
            i++;
        }
        return best;
    }
}
