using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>The event study's answers in words, for notebook 4's last cell and the summary's finding 5.</summary>
public sealed partial class EventReactions
{
    /// <summary>Whether the gap between AI and bitcoin news survives the other cluster handlings, in words.</summary>
    private Markup ClusterCheck(PoolComparison vs)
    {
        var alternatives = Enum.GetValues<ClusterHandling>().Where(h => h != Options.PooledClusters).Select(h => (h, C: CompareUnder(h))).ToList();
        var same = alternatives.Count(a => Math.Sign(a.C.Difference ?? 0) == Math.Sign(vs.Difference ?? 0) && Wording.IsSignificant(a.C.P));
        var lead = Wording.IsSignificant(vs.P) ? $"The gap {(same == alternatives.Count ? "survives" : "does not survive")} the cluster checks" : "The cluster checks";
        return Markup.Text($"{lead}: " + string.Join("; ", alternatives.Select(a => $"with {a.h} AI {Pct(a.C.MeanCar)} against bitcoin {Pct(a.C.OtherMeanCar)} ({Numbers.PClause(a.C.P)})")) + ".");
    }

    /// <summary>The notebook's answers gathered: seed days, the pooled gap and its cluster checks, reaction sizes, the sub-groups on their own deals.</summary>
    public Readout Answers()
    {
        var aiDays = SeedDays.Where(d => d.Category != EventCategory.Btc).ToList();
        var btcDays = SeedDays.Except(aiDays).ToList();
        string DayMean(SeedDay d) => $"{Pct(Study.GroupTest("miners", d.Id, Headline).MeanCar, 1)} around {d.Label}";
        var nebius = Data.Prices.SessionMove("BTC-USD", Data.Events.Single(e => e.Id == "nebius_msft_gpu").FirstSession).Return;
        var (ai, btc) = (Study.PooledTest("ai", "miners", Headline)!, Study.PooledTest("btc", "miners", Headline)!);
        var vs = PoolComparisons.Single(c => c.Group == "miners");
        var (aiSize, btcSize) = (Size("ai", "miners"), Size("btc", "miners"));
        var pooledVerdict = Wording.IsSignificant(vs.P)
            ? $"bitcoin news moved them {(vs.Difference < 0 ? "more" : "less")} on average ({Numbers.PClause(vs.P)})"
            : $"a gap within sampling noise ({Numbers.PClause(vs.P)})";
        return Readout.Bullets([
            Markup.Of($"On the AI seed days the miners' mean CAR {Headline} was {string.Join(", ", aiDays.Select(DayMean))}; on the bitcoin seed day {string.Join(", ", btcDays.Select(DayMean))}. "
                + $"On the Nebius day bitcoin moved {Numbers.SignedPercent(nebius)}, so {(nebius <= 0 ? "the miners' rally was not bitcoin's" : "part of the rally could be bitcoin's, which model B removes")}."),
            Markup.Of($"Pooled over the catalog, the miners' mean CAR was {Pct(ai.MeanCar)} on AI news and {Pct(btc.MeanCar)} on bitcoin news: {pooledVerdict}, "
                + $"after model {ModelName} removes {(Options.Model == EventStudyModel.TwoFactor ? "bitcoin's own move" : "the model's prediction")}. {ClusterCheck(vs)}"),
            Markup.Of($"Measured by size rather than sign, AI news produced abnormal moves {Numbers.Fixed(aiSize.Ratio ?? double.NaN, 2)}× an ordinary day's and bitcoin news {Numbers.Fixed(btcSize.Ratio ?? double.NaN, 2)}×: "
                + $"on this measure {((aiSize.Ratio ?? 0) > (btcSize.Ratio ?? 0) ? "AI news moved the miners more than bitcoin's own news" : "bitcoin's own news still moved the miners more than AI news")}."),
            Markup.Of($"On the miners' own AI deals the {Markup.Code("ai_pivot")} miners' mean CAR was {Pct(Gap("miner_ai_deal").MeanCar)} against {Pct(Gap("miner_ai_deal").OtherMeanCar)} for {Markup.Code("btc_centric")} "
                + $"({Numbers.PClause(Gap("miner_ai_deal").P)}); on all AI news {Pct(Gap("ai").MeanCar)} against {Pct(Gap("ai").OtherMeanCar)} ({Numbers.PClause(Gap("ai").P)})."),
        ]);
    }

    /// <summary>Finding 5 of the summary: the pooled gap, reaction sizes, one event per cluster, and the sub-groups on their own deals.</summary>
    public Readout PooledFinding()
    {
        var vs = Study.ComparePools("ai", "btc", "miners", Headline);
        var once = CompareUnder(ClusterHandling.OnePerCluster);
        var (aiSize, btcSize) = (Size("ai", "miners"), Size("btc", "miners"));
        var deals = Gap("miner_ai_deal");
        var survives = Wording.IsSignificant(once.P) && Math.Sign(once.Difference ?? 0) == Math.Sign(vs.Difference ?? 0);
        return Readout.Sentence(Markup.Of(
            $"<b>5.</b> Over {Headline}, the miners' mean abnormal return was {Markup.Bold(Pct(vs.MeanCar))} around AI news ({vs.N} stock × event pairs) and {Markup.Bold(Pct(vs.OtherMeanCar))} around bitcoin news ({vs.OtherN} pairs), Welch {Numbers.PClause(vs.P)}. "
            + $"Measured by size, whatever the sign, AI news produced abnormal moves {Markup.Bold(Numbers.Fixed(aiSize.Ratio ?? double.NaN, 2) + "×")} an ordinary day's and bitcoin news {Markup.Bold(Numbers.Fixed(btcSize.Ratio ?? double.NaN, 2) + "×")}. "
            + $"Keeping one event per cluster of overlapping news, the means become {Pct(once.MeanCar)} against {Pct(once.OtherMeanCar)} ({Numbers.PClause(once.P)}), so the gap {(survives ? "survives" : "does not survive")} the clustering of the news. "
            + $"On the miners' own AI deals, the {Markup.Code("ai_pivot")} miners' mean CAR was {Markup.Bold(Pct(deals.MeanCar))} and the {Markup.Code("btc_centric")} miners' {Markup.Bold(Pct(deals.OtherMeanCar))} ({Numbers.PClause(deals.P)})."));
    }

    /// <summary>Whether bitcoin news moved the miners at least as much as AI news, by the reaction-size ratio.</summary>
    public bool BitcoinNewsStillBigger => (Size("btc", "miners").Ratio ?? 0) >= (Size("ai", "miners").Ratio ?? 0);

    /// <summary>Whether the miners' own AI deals moved the <c>ai_pivot</c> miners significantly more.</summary>
    public bool PivotDealsSeparate => Wording.IsSignificant(Gap("miner_ai_deal").P) && Gap("miner_ai_deal").Difference > 0;
}
