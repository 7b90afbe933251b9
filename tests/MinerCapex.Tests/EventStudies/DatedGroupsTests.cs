using MinerCapex.EventStudies;
using MinerCapex.Panel;
using MinerCapex.Tests.Data;
using Xunit;

namespace MinerCapex.Tests.EventStudies;

/// <summary>The event study's dated sub-groups: a miner joins <c>ai_pivot</c> for the events after the close that priced its first contract.</summary>
public sealed class DatedGroupsTests
{
    private static readonly MarketData Data = MarketData.Load(Path.Combine(Fixture.RepoRoot, "data"));
    private static readonly StudyGroups Groups = StudyGroups.Dated(Data);

    private static StudyGroup Group(string name) => Groups.Groups.Single(g => g.Name == name);

    [Theory]
    // CORZ's own first contract (day 0 2024-06-04) still finds it btc_centric; the next session's events see it ai_pivot.
    [InlineData("CORZ", "2024-06-04", "btc_centric")]
    [InlineData("CORZ", "2024-06-05", "ai_pivot")]
    [InlineData("RIOT", "2026-01-16", "btc_centric")]
    [InlineData("RIOT", "2026-01-20", "ai_pivot")]
    [InlineData("IREN", "2025-11-03", "btc_centric")]
    [InlineData("IREN", "2025-11-24", "ai_pivot")]
    [InlineData("MARA", "2026-06-17", "btc_centric")]
    public void A_miner_is_in_exactly_one_dated_half_for_each_event(string miner, string dayZero, string expected)
    {
        var day = DateOnly.Parse(dayZero, System.Globalization.CultureInfo.InvariantCulture);
        var halves = new[] { "ai_pivot", "btc_centric" }.Where(h => Group(h).MembersFor(day).Contains(miner)).ToList();
        Assert.Equal([expected], halves);
        Assert.Contains(miner, Group("miners").MembersFor(day));
    }

    [Fact]
    public void The_halves_partition_the_miners_on_every_session()
    {
        foreach (var day in Data.Sessions.Where(d => d.Year >= 2024))
        {
            var pivot = Group("ai_pivot").MembersFor(day);
            var centric = Group("btc_centric").MembersFor(day);
            Assert.Empty(pivot.Intersect(centric));
            Assert.Equal(Group("miners").Symbols.Order(), pivot.Concat(centric).Order());
        }
        Assert.Equal(["CORZ"], Group("ai_pivot").MembersFor(new DateOnly(2025, 1, 2)));
        Assert.Equal(7, Group("ai_pivot").MembersFor(new DateOnly(2026, 6, 17)).Count);
    }

    [Fact]
    public void Pooled_group_samples_follow_the_dates_and_differ_from_the_end_of_data_grouping()
    {
        var returns = MinerCapex.Indices.StudyBaskets.StudyReturns(Data);
        var dated = EventStudy.Run(returns, Data.Events, Groups, new EventStudyOptions());
        var fixedGroups = EventStudy.Run(returns, Data.Events, StudyGroups.FromUniverse(Data.Universe), new EventStudyOptions());
        var window = dated.Options.EventWindows[0];
        int N(EventStudyResult r, string group) => r.Pooled.Single(p => p.Pool == "ai" && p.Group == group && p.Window == window).Tests.N;
        // The miners' pool is the same whichever way the halves are dated; the halves split it differently.
        Assert.Equal(N(fixedGroups, "miners"), N(dated, "miners"));
        Assert.Equal(N(dated, "miners"), N(dated, "ai_pivot") + N(dated, "btc_centric"));
        Assert.True(N(dated, "ai_pivot") < N(fixedGroups, "ai_pivot"), "dating moves the early events of later signers to btc_centric");
    }
}
