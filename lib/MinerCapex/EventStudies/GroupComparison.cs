using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>
/// Whether one group of stocks reacted more than another to the same pool of news, e.g. the <c>ai_pivot</c>
/// miners against the <c>btc_centric</c> ones on AI capex news: Welch's two-sample t test on the two groups'
/// stock × event CARs over the pool's events.
/// </summary>
/// <remarks>
/// <c>t = (mean₁ − mean₂) / sqrt(s₁²/n₁ + s₂²/n₂)</c> with Welch–Satterthwaite degrees of freedom, p two-sided
/// from Student's t (as in <see cref="PoolComparison"/>). The groups must not share a stock. Both groups' CARs
/// come from the same event days, so the two samples share the days' common shocks: the test describes the
/// gap rather than giving an exact inference. Statistics are null when a group has fewer than two CARs or
/// both spreads are zero.
/// </remarks>
/// <param name="Pool">The pool of events.</param>
/// <param name="Group">The first group.</param>
/// <param name="OtherGroup">The group it is compared with.</param>
/// <param name="Window">The event window.</param>
/// <param name="N">Complete CARs of <paramref name="Group"/>.</param>
/// <param name="OtherN">Complete CARs of <paramref name="OtherGroup"/>.</param>
/// <param name="MeanCar">Mean CAR of <paramref name="Group"/>; null when it has none.</param>
/// <param name="OtherMeanCar">Mean CAR of <paramref name="OtherGroup"/>; null when it has none.</param>
/// <param name="Difference">MeanCar − OtherMeanCar.</param>
/// <param name="WelchT">Welch's t of the difference.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="P">Two-sided p-value.</param>
public sealed record GroupComparison(
    string Pool, string Group, string OtherGroup, EventWindow Window, int N, int OtherN,
    double? MeanCar, double? OtherMeanCar, double? Difference, double? WelchT, double? DegreesOfFreedom, double? P);

/// <summary>Comparisons of two groups' reactions to the same news (<see cref="GroupComparison"/>).</summary>
public static class GroupComparisons
{
    /// <summary>
    /// Compares the CARs of <paramref name="group"/> and <paramref name="otherGroup"/> over the events of
    /// <paramref name="pool"/>, e.g. <c>study.CompareGroups("ai", aiPivot, btcCentric, new EventWindow(0, 1))</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The groups share a stock.</exception>
    /// <exception cref="KeyNotFoundException">The window or the pool is not part of the study, or a member was not studied.</exception>
    public static GroupComparison CompareGroups(
        this EventStudyResult result, string pool, StudyGroup group, StudyGroup otherGroup, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(otherGroup);
        // Dated groups share candidates but, built by StudyGroups.Dated, never a member on the same event.
        var shared = group.IsDated || otherGroup.IsDated ? [] : group.Symbols.Intersect(otherGroup.Symbols, StringComparer.OrdinalIgnoreCase).ToArray();
        if (shared.Length > 0)
            throw new ArgumentException(
                $"Groups '{group.Name}' and '{otherGroup.Name}' share {string.Join(", ", shared)}; Welch's test needs two separate samples.",
                nameof(otherGroup));
        double[] Cars(StudyGroup g) => PooledPairs.Of(result, pool, g, window).Select(p => p.Car.Car!.Value).ToArray();
        var a = Cars(group);
        var b = Cars(otherGroup);
        var (m1, m2, t, df, p) = CrossSection.Welch(a, b);
        return new GroupComparison(pool, group.Name, otherGroup.Name, window, a.Length, b.Length, m1, m2, m1 - m2, t, df, p);
    }

    /// <summary>
    /// <see cref="CompareGroups"/> for every pool with events, as a frame: <c>pool, group, other_group, window,
    /// n, other_n, mean_car, other_mean_car, difference, t_welch, df, p</c>.
    /// </summary>
    public static DataFrame CompareGroupsFrame(this EventStudyResult result, StudyGroup group, StudyGroup otherGroup, EventWindow window)
    {
        var rows = PooledPairs.PoolsWithEvents(result).Select(pool => result.CompareGroups(pool, group, otherGroup, window)).ToList();
        return new DataFrame(
            Frames.Text("pool", rows.Select(r => r.Pool)),
            Frames.Text("group", rows.Select(r => r.Group)),
            Frames.Text("other_group", rows.Select(r => r.OtherGroup)),
            Frames.Text("window", rows.Select(r => r.Window.ToString())),
            new Int32DataFrameColumn("n", rows.Select(r => (int?)r.N)),
            new Int32DataFrameColumn("other_n", rows.Select(r => (int?)r.OtherN)),
            new DoubleDataFrameColumn("mean_car", rows.Select(r => r.MeanCar)),
            new DoubleDataFrameColumn("other_mean_car", rows.Select(r => r.OtherMeanCar)),
            new DoubleDataFrameColumn("difference", rows.Select(r => r.Difference)),
            new DoubleDataFrameColumn("t_welch", rows.Select(r => r.WelchT)),
            new DoubleDataFrameColumn("df", rows.Select(r => r.DegreesOfFreedom)),
            new DoubleDataFrameColumn("p", rows.Select(r => r.P)));
    }
}
