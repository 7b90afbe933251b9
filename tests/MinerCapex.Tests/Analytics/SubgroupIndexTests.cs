using MinerCapex.Data;
using MinerCapex.Indices;

namespace MinerCapex.Tests.Analytics;

/// <summary>
/// The miner index's halves, dated (a miner joins <c>AI_PIVOT</c> after the session that priced its first signed
/// AI/HPC contract) and at the end of data, against the pandas reference of make_reference.py.
/// </summary>
public class SubgroupIndexTests
{
    private static readonly StudyData Data = StudyData.Load();

    [Theory]
    [InlineData(SubgroupDating.Dated, MinerSubgroup.AiPivot)]
    [InlineData(SubgroupDating.Dated, MinerSubgroup.BtcCentric)]
    [InlineData(SubgroupDating.EndOfData, MinerSubgroup.AiPivot)]
    [InlineData(SubgroupDating.EndOfData, MinerSubgroup.BtcCentric)]
    public void SubgroupIndex_MatchesReference(SubgroupDating dating, MinerSubgroup subgroup)
    {
        var index = Data.Market.SubgroupIndexSeries(subgroup, dating);
        var name = subgroup == MinerSubgroup.AiPivot ? StudyBaskets.AiPivotIndex : StudyBaskets.BtcCentricIndex;
        Assert.Equal(name, index.Name);
        var r = Data.Reference.GetProperty("subgroup_indices").GetProperty(dating == SubgroupDating.Dated ? "dated" : "end_of_data").GetProperty(name);
        // Dated, AI_PIVOT has returns from 2024-06-05 on (CORZ alone at first), about 590 sessions.
        Assert.True(Reference.Index(r, index, name) > (dating == SubgroupDating.Dated && subgroup == MinerSubgroup.AiPivot ? 580 : 900));
    }

    [Fact]
    public void AiPivotFrom_MatchesTheReferencesReadingOfTheCatalog()
    {
        var expected = Data.Reference.GetProperty("ai_pivot_from").EnumerateObject().ToDictionary(p => p.Name, p => StudyData.Day(p.Value.GetString()!));
        var actual = StudyData.Miners.Where(s => Data.Market.AiPivotFrom(s) is not null).ToDictionary(s => s, s => Data.Market.AiPivotFrom(s)!.Value);
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Fact]
    public void Dated_AnnouncementDayCountsInBtcCentric_TheNextSessionInAiPivot()
    {
        // CORZ: the CoreWeave contract of 2024-06-03 (after the close) was priced on 2024-06-04 (+40%).
        var pivot = Data.Market.SubgroupIndexSeries(MinerSubgroup.AiPivot);
        var centric = Data.Market.SubgroupIndexSeries(MinerSubgroup.BtcCentric);
        var day = Data.Prices.IndexOf(new DateOnly(2024, 6, 4));
        double Simple(string s, int i) => Data.Prices[s][i] / Data.Prices[s][i - 1] - 1;

        // The announcement day: no miner is ai_pivot yet, so AI_PIVOT has no return and BTC_CENTRIC is the whole index.
        Assert.Equal(0, pivot.Constituents[day]);
        Assert.True(double.IsNaN(pivot.SimpleReturns[day]));
        Assert.Equal(12, centric.Constituents[day]);
        Assert.Equal(Data.MinerIndex.SimpleReturns[day], centric.SimpleReturns[day], 15);
        Assert.True(Simple("CORZ", day) > 0.39);

        // The next session: CORZ alone makes AI_PIVOT, and the other eleven BTC_CENTRIC.
        Assert.Equal((1, 11), (pivot.Constituents[day + 1], centric.Constituents[day + 1]));
        Assert.Equal(Simple("CORZ", day + 1), pivot.SimpleReturns[day + 1], 15);
        Assert.Equal(StudyData.Miners.Where(s => s != "CORZ").Average(s => Simple(s, day + 1)), centric.SimpleReturns[day + 1], 14);
        // The level carries through the sessions before the first member.
        Assert.Equal(100.0, pivot.Levels[day]);
    }

    [Fact]
    public void Dated_AndEndOfData_AgreeOnceEveryContractIsPriced()
    {
        // After RIOT's lease (first session 2026-01-16) the dated halves are the end-of-data ones.
        var i = Data.Prices.IndexOf(new DateOnly(2026, 1, 20)); // the session after 2026-01-16 (2026-01-19 was a holiday)
        Assert.Equal(new DateOnly(2026, 1, 16), Data.Prices.Sessions[i - 1]);
        foreach (var subgroup in new[] { MinerSubgroup.AiPivot, MinerSubgroup.BtcCentric })
        {
            var dated = Data.Market.SubgroupIndexSeries(subgroup, SubgroupDating.Dated);
            var fixedIndex = Data.Market.SubgroupIndexSeries(subgroup, SubgroupDating.EndOfData);
            Assert.Equal(fixedIndex.SimpleReturns[i..], dated.SimpleReturns[i..]);
            Assert.NotEqual(fixedIndex.SimpleReturns[i - 1], dated.SimpleReturns[i - 1]); // RIOT's announcement day still counts as btc_centric
        }
    }

    [Fact]
    public void BuildDated_Synthetic_MembershipFormedAtThePreviousClose()
    {
        var sessions = new[] { new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 3), new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 7) };
        var prices = new MinerCapex.Panel.SessionPanel(sessions, ["A", "B"], [[10.0, 11.0, 12.1, 12.1], [20.0, 22.0, 24.2, 26.62]]);
        // B is a member from the close of 2025-01-03 on: its return of 01-03 is out, those of 01-06 and 01-07 are in.
        var index = prices.BuildDated(["A", "B"], "IX", (s, d) => s == "A" || d >= new DateOnly(2025, 1, 3));
        Assert.Equal([0, 1, 2, 2], index.Constituents);
        Assert.Equal(0.1, index.SimpleReturns[1], 14);
        Assert.Equal(0.1, index.SimpleReturns[2], 14);
        Assert.Equal(0.05, index.SimpleReturns[3], 14);
        Assert.Throws<ArgumentNullException>(() => prices.BuildDated(["A"], "IX", null!));
        Assert.Throws<ArgumentException>(() => prices.BuildDated(["A", "A"], "IX", (_, _) => true));
    }
}
