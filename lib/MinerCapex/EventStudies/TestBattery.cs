namespace MinerCapex.EventStudies;

/// <summary>
/// The standard battery of tests of one mean CAR: a pool's stock × event-day CARs or one event day's cross-section.
/// The first two assume independent stocks; the others allow for what a day's shared shock does to them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Cross-sectional t</b> and <b>BMP t</b> (Boehmer, Musumeci and Poulsen 1991, JFE 30): see <see cref="CarTests"/>.</item>
/// <item><b>Kolari–Pynnönen adjusted BMP</b> (Kolari and Pynnönen 2010, RFS 23(11)): <c>t_KP = t_BMP·sqrt((1 − r̄)/(1 + (N − 1)·r̄))</c>,
/// r̄ the mean of the pairwise correlations of the observations' estimation-window residuals. Observations of different
/// event days count as uncorrelated (their abnormal returns fall on different sessions), so r̄ is the sum of the
/// same-day pairs' correlations over all N(N − 1)/2 pairs. Student t with N − 1 degrees of freedom.</item>
/// <item><b>Corrado rank test</b> of the day-0 abnormal return (Corrado 1989, JFE 23; in the standardized-rank form of
/// Corrado and Zivney 1992, JFQA 27): each observation's day-0 AR is ranked among its estimation residuals and itself,
/// <c>U = rank/(m + 1) − ½</c> with m its count of values; <c>Z = Ū₀ / S</c>, <c>S² = (1/T)·Σ_t (N_t/N)·Ū_t²</c> over the
/// T positions (estimation sessions counted back from the window's end, and day 0); normal p.</item>
/// <item><b>GRANK</b>, the rank test of the CAR (Kolari and Pynnönen 2011, J. Empirical Finance 18(5)): the same ranks
/// with the event value the restandardized SCAR (SCAR over the cross-sectional sd of the SCARs) and the estimation
/// values the standardized residuals; <c>t = Z·sqrt((T − 2)/(T − 1 − Z²))</c>, Student t with T − 2 degrees of freedom.</item>
/// <item><b>Generalized sign test</b> (Cowan 1992, Rev. Quant. Finance Acc. 2): the expected share of positive CARs is
/// p̂, the mean over observations of their share of positive estimation residuals; <c>Z = (w − N·p̂)/sqrt(N·p̂·(1 − p̂))</c>
/// with w the positive CARs; normal p.</item>
/// <item><b>Event-day portfolio t</b>: one equal-weight portfolio CAR per event day. With two days or more, the one-sample
/// t of the D portfolio CARs (D − 1 degrees of freedom): same-day correlation cannot inflate it, since each day is one
/// number. With one day, Brown and Warner's (1980, JFE 8) crude dependence adjustment: the portfolio CAR over
/// <c>s_p·sqrt(L)</c>, s_p the standard deviation of the portfolio's estimation residuals (T − 1 degrees of freedom).</item>
/// </list>
/// A statistic that needs more observations than there are, or a spread that is zero, is null.
/// </remarks>
/// <param name="N">Observations: stock × event-day CARs.</param>
/// <param name="Days">Event days among them.</param>
/// <param name="MeanCar">Mean CAR over the observations.</param>
/// <param name="CrossSectionalT">Cross-sectional t.</param>
/// <param name="CrossSectionalP">Its two-sided p.</param>
/// <param name="BmpT">BMP t.</param>
/// <param name="BmpP">Its two-sided p.</param>
/// <param name="MeanCorrelation">r̄, the mean pairwise residual correlation the Kolari–Pynnönen adjustment uses.</param>
/// <param name="KpT">Kolari–Pynnönen adjusted BMP t.</param>
/// <param name="KpP">Its two-sided p.</param>
/// <param name="CorradoZ">Corrado's rank Z of the day-0 AR.</param>
/// <param name="CorradoP">Its two-sided p.</param>
/// <param name="GrankT">GRANK t of the CAR.</param>
/// <param name="GrankDf">Its degrees of freedom, T − 2.</param>
/// <param name="GrankP">Its two-sided p.</param>
/// <param name="Positive">CARs above zero.</param>
/// <param name="ExpectedPositiveShare">p̂, the estimation window's share of positive residuals.</param>
/// <param name="GeneralizedSignZ">Cowan's generalized sign Z.</param>
/// <param name="GeneralizedSignP">Its two-sided p.</param>
/// <param name="PortfolioMeanCar">Mean of the event days' equal-weight portfolio CARs.</param>
/// <param name="PortfolioT">Event-day portfolio t.</param>
/// <param name="PortfolioDf">Its degrees of freedom.</param>
/// <param name="PortfolioP">Its two-sided p.</param>
public sealed record TestBattery(
    int N, int Days, double? MeanCar,
    double? CrossSectionalT, double? CrossSectionalP, double? BmpT, double? BmpP,
    double? MeanCorrelation, double? KpT, double? KpP,
    double? CorradoZ, double? CorradoP,
    double? GrankT, double? GrankDf, double? GrankP,
    int Positive, double? ExpectedPositiveShare, double? GeneralizedSignZ, double? GeneralizedSignP,
    double? PortfolioMeanCar, double? PortfolioT, double? PortfolioDf, double? PortfolioP)
{
    /// <summary>The battery's tests by name with their p-values, in the order of the record: the family of one row.</summary>
    public IReadOnlyList<(string Test, double? Statistic, double? P)> Tests =>
    [
        ("cross-sectional t", CrossSectionalT, CrossSectionalP),
        ("BMP t", BmpT, BmpP),
        ("Kolari–Pynnönen t", KpT, KpP),
        ("Corrado rank Z (day 0)", CorradoZ, CorradoP),
        ("GRANK t", GrankT, GrankP),
        ("generalized sign Z", GeneralizedSignZ, GeneralizedSignP),
        ("event-day portfolio t", PortfolioT, PortfolioP),
    ];
}

/// <summary>Test batteries (<see cref="TestBattery"/>) of a finished event study.</summary>
public static class TestBatteries
{
    /// <summary>The battery over the <paramref name="group"/>'s CARs on <paramref name="days"/> (e.g. a pool's <see cref="PooledResult.Days"/>).</summary>
    /// <exception cref="KeyNotFoundException">The window, a day's event or a member is not part of the study.</exception>
    public static TestBattery Battery(this EventStudyResult result, IReadOnlyList<EventDay> days, StudyGroup group, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(group);
        return result.Battery(days, d => group.MembersFor(d.DayZero), window);
    }

    /// <summary>The battery over the stocks <paramref name="members"/> names for each day (peers only, or membership on the day).</summary>
    /// <exception cref="KeyNotFoundException">The window, a day's event or a member is not part of the study.</exception>
    public static TestBattery Battery(this EventStudyResult result, IReadOnlyList<EventDay> days, Func<EventDay, IEnumerable<string>> members, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(members);
        return BatteryStatistics.Compute(CrossSectionSample.Of(result, days, members, window));
    }

    /// <summary>The battery of one event day's cross-section of <paramref name="group"/>.</summary>
    public static TestBattery Battery(this EventStudyResult result, EventDay day, StudyGroup group, EventWindow window) =>
        result.Battery([day], group, window);
}
