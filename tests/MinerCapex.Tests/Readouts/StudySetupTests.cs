using MinerCapex.Analytics;
using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class StudySetupTests
{
    [Fact]
    public void One_call_gives_the_panel_with_the_subgroup_indices_and_the_two_periods()
    {
        var study = StudySetup.Load(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal(("2024", new DateOnly(2024, 12, 31)), (study.PeriodA.Label, study.PeriodA.To));
        Assert.Equal(("2025", new DateOnly(2025, 1, 1)), (study.PeriodB.Label, study.PeriodB.From));
        Assert.Equal(252, study.SessionsIn(study.PeriodA));
        Assert.All(new[] { "MINERS", "AI_CAPEX", "AI_PIVOT", "BTC_CENTRIC" }, c => Assert.Contains(c, study.Returns.Symbols));
        Assert.Equal(study.Pivots.Concat(study.Centrics), study.Miners);
        Assert.Equal(study.PivotIndex.Members, study.Pivots);
    }

    [Fact]
    public void Periods_that_are_not_calendar_years_are_labelled_by_their_dates()
    {
        Assert.Equal("2024-01-01..2025-06-30", Period.Spanning(new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30)).Label);
        Assert.Equal("2025", Period.Spanning(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).Label);
    }

    [Fact]
    public void Dates_out_of_order_are_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => StudySetup.Load(new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)));
        Assert.Contains("start 2025-01-01, split 2024-01-01", error.Message, StringComparison.Ordinal);
    }
}
