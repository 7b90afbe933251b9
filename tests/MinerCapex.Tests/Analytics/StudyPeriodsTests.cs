using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

/// <summary><see cref="StudyPeriods.Parse"/> (the notebooks' <c>periods</c> parameter) and <see cref="PeriodChange.Of"/>.</summary>
public class StudyPeriodsTests
{
    [Fact]
    public void Parse_Default_IsThreeCalendarYears()
    {
        var periods = StudyPeriods.Parse(StudyPeriods.Default);
        Assert.Equal(["2024", "2025", "2026"], periods.Select(p => p.Label));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (periods[2].From, periods[2].To));
    }

    [Fact]
    public void Parse_DateRanges_YearsAndSpaces_InOrderWithGaps()
    {
        var periods = StudyPeriods.Parse(" 2024-01-01..2024-06-30 , 2025 ,2026-03-01..2026-10-07");
        Assert.Equal(["2024-01-01..2024-06-30", "2025", "2026-03-01..2026-10-07"], periods.Select(p => p.Label));
        Assert.Equal(new DateOnly(2024, 6, 30), periods[0].To);
        Assert.Equal(new DateOnly(2026, 3, 1), periods[2].From);
        // A range that is exactly a calendar year is labelled by its year.
        Assert.Equal(["2024", "2025"], StudyPeriods.Parse("2024-01-01..2024-12-31,2025").Select(p => p.Label));
        Assert.Equal(2, StudyPeriods.Parse("2024,,2025").Count); // empty items are skipped
    }

    [Theory]
    [InlineData("2024", "names 1 period(s); expected at least two")]
    [InlineData("", "names 0 period(s); expected at least two")]
    [InlineData("2024,24", "period '24' is not a year (yyyy) or a date range")]
    [InlineData("2024,2025/26", "period '2025/26' is not a year")]
    [InlineData("2024,2025-01-01..2025-13-01", "period '2025-01-01..2025-13-01' is not a year")]
    [InlineData("2024,2025-06-30..2025-01-01", "with the start not after the end")]
    [InlineData("2024,1899", "period '1899' is not a year")]
    [InlineData("2025,2024", "'2024' starts on or before the end of '2025'; expected periods in time order without overlap")]
    [InlineData("2024-01-01..2024-07-31,2024-07-01..2024-12-31", "'2024-07-01..2024-12-31' starts on or before the end of '2024-01-01..2024-07-31'")]
    public void Parse_BadInput_SaysWhichItemAndWhatWasExpected(string text, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => StudyPeriods.Parse(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => StudyPeriods.Parse(null!));

    [Fact]
    public void Changes_OfThreePeriods_AreConsecutiveThenFirstAgainstLast()
    {
        var changes = PeriodChange.Of(StudyPeriods.Parse("2024,2025,2026"));
        Assert.Equal(["2024 → 2025", "2025 → 2026", "2024 → 2026"], changes.Select(c => c.Label));
        Assert.Equal((Period.Year(2024), Period.Year(2026)), (changes[2].From, changes[2].To));
        Assert.Equal("2025 → 2026", changes[1].ToString());
    }

    [Fact]
    public void Changes_OfTwoPeriods_AreOne_AndOfFour_AddOnlyFirstAgainstLast()
    {
        Assert.Equal(["2024 → 2025"], PeriodChange.Of(StudyPeriods.Parse("2024,2025")).Select(c => c.Label));
        Assert.Equal(["2023 → 2024", "2024 → 2025", "2025 → 2026", "2023 → 2026"],
            PeriodChange.Of(StudyPeriods.Parse("2023,2024,2025,2026")).Select(c => c.Label));
    }

    [Fact]
    public void Changes_OfFewerThanTwoPeriods_AreAnError()
    {
        Assert.Contains("at least two periods; got 1", Assert.Throws<ArgumentException>(() => PeriodChange.Of([Period.Year(2024)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PeriodChange.Of(null!));
    }
}
