namespace MinerCapex.EventStudies;

/// <summary>
/// Whether one pool of news moved a group more than another, one number per event day: Welch's t on the two
/// pools' event-day portfolio CARs (the reaction's sign), and on their standardized sizes (whatever the sign).
/// The pools are disjoint (<see cref="DisjointPools"/>), so no session is in both samples.
/// </summary>
/// <remarks>
/// <para>Mean: Welch's two-sample t of the days' portfolio CARs, Welch–Satterthwaite degrees of freedom.</para>
/// <para>
/// Size: each day's <c>|SCAR_p|</c> less <c>E|T_ν|</c> (ν = its estimation sessions − 1), what it averages on an
/// ordinary day; <see cref="SizeRatio"/> is mean |SCAR_p| over mean E|T_ν|, 1 for days like any other. Welch's t
/// then compares the two pools' excess sizes.
/// </para>
/// </remarks>
/// <param name="Pool">The first pool.</param>
/// <param name="OtherPool">The pool it is compared with.</param>
/// <param name="Group">The group.</param>
/// <param name="Window">The event window.</param>
/// <param name="Days">Event days of <paramref name="Pool"/> with a portfolio.</param>
/// <param name="OtherDays">Event days of <paramref name="OtherPool"/> with a portfolio.</param>
/// <param name="MixedDays">Sessions with news of both pools, left out of both.</param>
/// <param name="MeanCar">Mean portfolio CAR of <paramref name="Pool"/>.</param>
/// <param name="OtherMeanCar">Mean portfolio CAR of <paramref name="OtherPool"/>.</param>
/// <param name="Difference">MeanCar − OtherMeanCar.</param>
/// <param name="WelchT">Welch's t of the difference.</param>
/// <param name="DegreesOfFreedom">Its Welch–Satterthwaite degrees of freedom.</param>
/// <param name="P">Its two-sided p.</param>
/// <param name="SizeRatio">Mean |SCAR_p| over mean E|T_ν| of <paramref name="Pool"/>'s days.</param>
/// <param name="OtherSizeRatio">The same for <paramref name="OtherPool"/>.</param>
/// <param name="SizeWelchT">Welch's t of the two pools' excess sizes |SCAR_p| − E|T_ν|.</param>
/// <param name="SizeDegreesOfFreedom">Its degrees of freedom.</param>
/// <param name="SizeP">Its two-sided p.</param>
public sealed record EventDayComparison(
    string Pool, string OtherPool, string Group, EventWindow Window, int Days, int OtherDays, int MixedDays,
    double? MeanCar, double? OtherMeanCar, double? Difference, double? WelchT, double? DegreesOfFreedom, double? P,
    double? SizeRatio, double? OtherSizeRatio, double? SizeWelchT, double? SizeDegreesOfFreedom, double? SizeP);

/// <summary>Event-day comparisons of two pools (<see cref="EventDayComparison"/>).</summary>
public static class EventDayComparisons
{
    /// <summary>Compares the <paramref name="group"/>'s event-day portfolios over the two sides of <paramref name="pools"/>.</summary>
    public static EventDayComparison CompareDays(this EventStudyResult result, DisjointPools pools, StudyGroup group, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(group);
        var a = result.Portfolios(pools.Days, group, window);
        var b = result.Portfolios(pools.OtherDays, group, window);
        return Of(pools.Pool, pools.OtherPool, group.Name, window, a, b, pools.Mixed.Count);
    }

    /// <summary>The comparison of two lists of event-day portfolios.</summary>
    internal static EventDayComparison Of(
        string pool, string otherPool, string group, EventWindow window, IReadOnlyList<PortfolioDay> a, IReadOnlyList<PortfolioDay> b, int mixed)
    {
        var (m1, m2, t, df, p) = CrossSection.Welch(a.Select(d => d.Car).ToArray(), b.Select(d => d.Car).ToArray());
        var (ea, na) = Sizes(a);
        var (eb, nb) = Sizes(b);
        var (_, _, st, sdf, sp) = CrossSection.Welch(ea, eb);
        return new EventDayComparison(pool, otherPool, group, window, a.Count, b.Count, mixed, m1, m2, m1 - m2, t, df, p,
            Ratio(a, na), Ratio(b, nb), st, sdf, sp);
    }

    /// <summary>Each day's |SCAR_p| − E|T_ν|, and its E|T_ν|.</summary>
    private static (double[] Excess, double[] Null) Sizes(IReadOnlyList<PortfolioDay> days)
    {
        var usable = days.Where(d => double.IsFinite(d.Scar) && d.Sessions > 2).ToList();
        var nulls = usable.Select(d => ReactionSizes.MeanAbsoluteT(d.Sessions - 1)).ToArray();
        return (usable.Select((d, i) => Math.Abs(d.Scar) - nulls[i]).ToArray(), nulls);
    }

    private static double? Ratio(IReadOnlyList<PortfolioDay> days, double[] nulls)
    {
        var usable = days.Where(d => double.IsFinite(d.Scar) && d.Sessions > 2).ToList();
        return usable.Count == 0 ? null : usable.Average(d => Math.Abs(d.Scar)) / nulls.Average();
    }
}
