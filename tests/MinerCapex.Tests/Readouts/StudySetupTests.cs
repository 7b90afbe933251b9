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
    public void Default_study_has_three_periods_the_last_ending_at_the_last_session()
    {
        var study = StudySetup.Load();

        Assert.Equal(["2024", "2025", "2026"], study.Periods.Select(p => p.Label));
        Assert.Equal((new DateOnly(2026, 10, 7), new DateOnly(2026, 10, 7)), (study.End, study.LastSession));
        Assert.Equal(study.Periods[2], study.Latest);
        Assert.Equal(["2024 → 2025", "2025 → 2026", "2024 → 2026"], study.Changes.Select(c => c.Label));
        Assert.Equal((252, 250, 192), (study.SessionsIn(study.PeriodA), study.SessionsIn(study.PeriodB), study.SessionsIn(study.Latest)));
        Assert.Equal(MinerCapex.Indices.SubgroupDating.Dated, study.Dating);
        Assert.Equal("CIFR (ai_pivot from 2025-09-25)", study.WithSubgroup("CIFR"));
        Assert.Equal("MARA (btc_centric)", study.WithSubgroup("MARA"));
        var text = study.Describe().Text.Html;
        Assert.Contains("Period A is <b>2024</b> (252 sessions), period B is <b>2025</b> (250 sessions) and period C is <b>2026</b> (192 sessions, to 2026-10-07).", text, StringComparison.Ordinal);
        Assert.Contains("CORZ from 2024-06-04", text, StringComparison.Ordinal);
        Assert.Contains("RIOT from 2026-01-16", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_parameter_narrows_the_study_and_end_of_data_grouping_stays_available()
    {
        var study = StudySetup.Load(StudyPeriods.Parse("2024,2025"), dating: MinerCapex.Indices.SubgroupDating.EndOfData);

        Assert.Equal(["2024", "2025"], study.Periods.Select(p => p.Label));
        Assert.Equal(new DateOnly(2025, 12, 31), study.End);
        Assert.Equal(["2024 → 2025"], study.Changes.Select(c => c.Label));
        Assert.Equal("CIFR (ai_pivot)", study.WithSubgroup("CIFR"));
        Assert.Equal(study.Pivots, study.PivotIndex.Members);
        Assert.Equal(7, study.PivotIndex.Constituents[study.Returns.Sessions.ToList().IndexOf(new DateOnly(2024, 6, 4))]); // fixed halves: all seven on every session
        Assert.Contains("The halves are fixed at their state at the end of the data", study.Describe().Text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_periods_are_a_clear_error()
    {
        Assert.Contains("names 1 period(s)", Assert.Throws<ArgumentException>(() => StudySetup.Load(StudyPeriods.Parse("2024"))).Message, StringComparison.Ordinal);
        var overlap = Assert.Throws<ArgumentException>(() => StudySetup.Load([Period.Year(2025), Period.Year(2024)]));
        Assert.Contains("Period 2024 starts on or before the end of 2025", overlap.Message, StringComparison.Ordinal);
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

    [Fact]
    public void Load_StudyCsvNamingAnotherMarket_IsRefusedWithWhatToChange()
    {
        var folder = MinerCapex.Tests.Data.Fixture.CopyOfData();
        var roles = Path.Combine(folder, "study.csv");
        File.WriteAllLines(roles, File.ReadAllLines(roles).Select(l => l.StartsWith("market,", StringComparison.Ordinal) ? "market,SPY," : l));

        var error = Assert.Throws<ArgumentException>(() => StudySetup.Load(dataDirectory: folder));

        Assert.StartsWith("study.csv names BTC-USD as bitcoin and SPY as the market, but the co-movement and factor readouts are built on BTC-USD and QQQ", error.Message, StringComparison.Ordinal);
    }
}
