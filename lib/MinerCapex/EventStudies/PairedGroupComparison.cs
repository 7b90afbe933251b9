using MathNet.Numerics.Distributions;

namespace MinerCapex.EventStudies;

/// <summary>
/// Whether one group of stocks reacted more than another to the same news, paired by event day: on each day the
/// difference of the two groups' mean CARs, then the one-sample t of those differences across days. Each day
/// is one number, so the day's common shock cancels within it and cannot inflate the test.
/// </summary>
/// <remarks>
/// <c>t = mean(δ) / (sd(δ)/sqrt(D))</c> with D − 1 degrees of freedom, δ_d = mean CAR of the first group on day d
/// minus that of the second; a day enters only when both groups have a complete CAR. The interval is
/// <c>mean(δ) ± t_{0.975, D−1}·sd(δ)/sqrt(D)</c>.
/// </remarks>
/// <param name="Label">What the days are, e.g. the pool's name.</param>
/// <param name="Group">The first group.</param>
/// <param name="OtherGroup">The second group.</param>
/// <param name="Window">The event window.</param>
/// <param name="Days">Event days with both groups present.</param>
/// <param name="MeanDifference">Mean over days of the groups' CAR difference.</param>
/// <param name="T">One-sample t of the differences.</param>
/// <param name="P">Its two-sided p (Student t, D − 1).</param>
/// <param name="Lower">Lower end of the 95% interval of the mean difference.</param>
/// <param name="Upper">Upper end of that interval.</param>
public sealed record PairedGroupComparison(
    string Label, string Group, string OtherGroup, EventWindow Window, int Days,
    double? MeanDifference, double? T, double? P, double? Lower, double? Upper);

/// <summary>Paired event-day comparisons of two groups (<see cref="PairedGroupComparison"/>).</summary>
public static class PairedGroupComparisons
{
    /// <summary>
    /// Compares the groups <paramref name="members"/> names for each day (membership on the day, peers only, …),
    /// e.g. <c>ai_pivot</c> against <c>btc_centric</c> on the miners' own AI deals.
    /// </summary>
    /// <exception cref="ArgumentException">The two groups share a stock on some day.</exception>
    public static PairedGroupComparison ComparePaired(
        this EventStudyResult result, string label, string group, string otherGroup, IReadOnlyList<EventDay> days,
        Func<EventDay, (IEnumerable<string> First, IEnumerable<string> Second)> members, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(members);
        var deltas = new List<double>();
        foreach (var day in days)
        {
            var (first, second) = members(day);
            var (f, s) = (first.ToList(), second.ToList());
            var shared = f.Intersect(s, StringComparer.OrdinalIgnoreCase).ToList();
            if (shared.Count > 0)
                throw new ArgumentException($"On {day.DayZero:yyyy-MM-dd} both groups hold {string.Join(", ", shared)}; a paired difference needs two separate groups.", nameof(members));
            var a = result.Portfolios([day], _ => f, window);
            var b = result.Portfolios([day], _ => s, window);
            if (a.Count == 1 && b.Count == 1) deltas.Add(a[0].Car - b[0].Car);
        }
        var d = deltas.Count;
        if (d == 0) return new PairedGroupComparison(label, group, otherGroup, window, 0, null, null, null, null, null);
        var mean = deltas.Average();
        if (d < 2) return new PairedGroupComparison(label, group, otherGroup, window, d, mean, null, null, null, null);
        var sd = Math.Sqrt(deltas.Sum(x => (x - mean) * (x - mean)) / (d - 1));
        if (!(sd > 0)) return new PairedGroupComparison(label, group, otherGroup, window, d, mean, null, null, null, null);
        var se = sd / Math.Sqrt(d);
        var half = StudentT.InvCDF(0, 1, d - 1, 0.975) * se;
        var t = mean / se;
        return new PairedGroupComparison(label, group, otherGroup, window, d, mean, t, CrossSection.TwoSidedP(t, d - 1), mean - half, mean + half);
    }
}
