namespace MinerCapex.EventStudies;

/// <summary>
/// One event day's equal-weight portfolio of a group: the unit of every comparison across event days, immune to
/// the same-day correlation of its stocks because it is one number.
/// </summary>
/// <param name="Day">The event day.</param>
/// <param name="Stocks">Stocks with a complete CAR that day.</param>
/// <param name="Car">The portfolio's CAR: the mean of the stocks' CARs.</param>
/// <param name="ResidualStdError">
/// Standard deviation of the portfolio's estimation residuals (the mean of the stocks' residuals on each
/// estimation session), Brown and Warner's (1980) crude dependence adjustment.
/// </param>
/// <param name="Sessions">Estimation sessions behind <paramref name="ResidualStdError"/>.</param>
/// <param name="Scar">Standardized portfolio CAR, <c>Car / (ResidualStdError·sqrt(L))</c>: about Student's t(Sessions − 1) on an ordinary day.</param>
public sealed record PortfolioDay(EventDay Day, int Stocks, double Car, double ResidualStdError, int Sessions, double Scar);

/// <summary>Event-day portfolios (<see cref="PortfolioDay"/>) of a finished event study.</summary>
public static class PortfolioDays
{
    /// <summary>The portfolio of the stocks <paramref name="members"/> names on each day; a day with no complete CAR is left out.</summary>
    /// <exception cref="KeyNotFoundException">The window, a day's event or a member is not part of the study.</exception>
    public static IReadOnlyList<PortfolioDay> Portfolios(
        this EventStudyResult result, IReadOnlyList<EventDay> days, Func<EventDay, IEnumerable<string>> members, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(members);
        var sample = CrossSectionSample.Of(result, days, members, window);
        return BatteryStatistics.PortfolioDays(sample).Select(p => new PortfolioDay(
            days[p.Day], p.Stocks, p.Car, p.ResidualSd, p.Sessions,
            p.ResidualSd > 0 ? p.Car / (p.ResidualSd * Math.Sqrt(window.Length)) : double.NaN)).ToList();
    }

    /// <summary>The portfolio of <paramref name="group"/> on each day.</summary>
    public static IReadOnlyList<PortfolioDay> Portfolios(this EventStudyResult result, IReadOnlyList<EventDay> days, StudyGroup group, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(group);
        return result.Portfolios(days, d => group.MembersFor(d.DayZero), window);
    }
}
