using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>Which of two kinds of news moved the miners more, judged by a test rather than by point estimates.</summary>
public enum NewsSizeVerdict
{
    /// <summary>Bitcoin's news days moved the miners significantly more than AI news days.</summary>
    BitcoinLarger,

    /// <summary>AI news days moved the miners significantly more than bitcoin's news days.</summary>
    AiLarger,

    /// <summary>The two sizes are not distinguishable at this sample size.</summary>
    NotDistinguishable,
}

/// <summary>The event study's answers in words, for notebook 4's last cell and the summary's finding 5.</summary>
public sealed partial class EventReactions
{
    /// <summary>The notebook's answers gathered: seed days, the symmetric event-day comparison, its placebo, and the peers on the miners' own deals.</summary>
    public Readout Answers()
    {
        var aiDays = SeedDays.Where(d => d.Category != EventCategory.Btc).ToList();
        var btcDays = SeedDays.Except(aiDays).ToList();
        string DayMean(SeedDay d) => $"{Pct(Study.GroupTest("miners", d.Id, Headline).MeanCar, 1)} around {d.Label}";
        // The first AI seed day of study.csv: the one the press quoted the miners' moves for.
        var firstAi = SeedIds.Select(id => aiDays.FirstOrDefault(d => d.Id == id)).OfType<SeedDay>().FirstOrDefault() ?? aiDays[0];
        var btcMove = Data.Prices.SessionMove(Data.Roles.Bitcoin, firstAi.Day).Return;
        var rose = Study.GroupTest("miners", firstAi.Id, Headline).MeanCar > 0;
        var bitcoinsPart = !rose ? "the miners' mean CAR was not a rise to explain"
            : btcMove <= 0 ? "the miners' rise was not bitcoin's" : "part of the rise could be bitcoin's, which model B removes";
        var c = HeadlineComparison();
        var placebo = Placebo[^1];
        return Readout.Bullets([
            Markup.Of($"On the AI seed days the miners' mean CAR {Headline} was {string.Join(", ", aiDays.Select(DayMean))}; on the bitcoin seed day {string.Join(", ", btcDays.Select(DayMean))}. "
                + $"Around {firstAi.Label} bitcoin moved {Numbers.SignedPercent(btcMove)}, so {bitcoinsPart}."),
            Markup.Of($"On event days, one equal-weight portfolio per session and the {c.MixedDays} sessions with both kinds of news left out: {SizeVerdict(c)} {MeanVerdict(c)}"),
            Markup.Of($"Against {Placebo[0].Draws.Count} sets of placebo days the AI-minus-bitcoin size difference of {Numbers.SignedFixed(placebo.Real, 2)} has an empirical {Numbers.PClause(placebo.EmpiricalP)}."),
            Markup.Of($"On the miners' own AI deals, with the announcer left out, {PairedVerdict(PeerComparisons.Single(p => p.Label == "miner_ai_deal"))}"),
        ]);
    }

    /// <summary>
    /// Finding 5 of the summary: the symmetric, de-duplicated event-day comparison under the gross model, the same net
    /// of both channels, the placebo p-value and the peers on the miners' own deals.
    /// </summary>
    public Readout PooledFinding()
    {
        var c = HeadlineComparison();
        var net = Under(EventStudyModel.ThreeFactor).CompareDays(AiAgainstBitcoin(Under(EventStudyModel.ThreeFactor)), Miner, Headline);
        var placebo = Placebo[^1];
        return Readout.Sentence(Markup.Of(
            $"<b>5.</b> Over {Headline}, on event days (one equal-weight portfolio of the miners per session; the {c.MixedDays} sessions holding both kinds of news left out): {SizeVerdict(c)} {MeanVerdict(c)} "
            + $"Net of both channels (model {EventStudyModel.ThreeFactor.Describe()}) the size ratios are {Markup.Bold(Numbers.Fixed(net.SizeRatio ?? double.NaN, 2) + "×")} and {Markup.Bold(Numbers.Fixed(net.OtherSizeRatio ?? double.NaN, 2) + "×")} "
            + $"(size Welch t = {Numbers.Fixed(net.SizeWelchT ?? double.NaN, 2)}, {Numbers.PClause(net.SizeP)}); against {Placebo[0].Draws.Count} sets of placebo days the gross size difference has an empirical {Numbers.PClause(placebo.EmpiricalP)}. "
            + $"On the miners' own AI deals, with the announcer left out, {PairedVerdict(PeerComparisons.Single(p => p.Label == "miner_ai_deal"))}"));
    }

    /// <summary>
    /// Which news moved the miners more by size on the headline comparison (model A, event days, disjoint pools), by the
    /// event-day Welch test of the sizes at <see cref="Wording.Level"/>.
    /// </summary>
    public NewsSizeVerdict NewsSizes
    {
        get
        {
            var c = HeadlineComparison();
            if (!Wording.IsSignificant(c.SizeP)) return NewsSizeVerdict.NotDistinguishable;
            return (c.OtherSizeRatio ?? 0) > (c.SizeRatio ?? 0) ? NewsSizeVerdict.BitcoinLarger : NewsSizeVerdict.AiLarger;
        }
    }

    /// <summary>
    /// The summary's clause on the news days: which news moved the miners more by size, as <see cref="NewsSizes"/>
    /// decides it, with its statistic, and the peers' paired comparison on the miners' own AI deals.
    /// </summary>
    public Markup AnswerClause()
    {
        var c = HeadlineComparison();
        var stat = $"model {ComparisonModel.Describe()}, {c.Days} and {c.OtherDays} event days, size Welch t = {Numbers.Fixed(c.SizeWelchT ?? double.NaN, 2)}, {Numbers.PClause(c.SizeP)}";
        var sizes = NewsSizes switch
        {
            NewsSizeVerdict.BitcoinLarger => $"bitcoin's own news moved the miners more than AI capex news did ({stat})",
            NewsSizeVerdict.AiLarger => $"AI capex news moved the miners more than bitcoin's own news did ({stat})",
            _ => $"the abnormal moves on AI news days and on bitcoin news days are not distinguishable in size at this sample size ({stat})",
        };
        var deals = PeerComparisons.Single(p => p.Label == "miner_ai_deal");
        var dealStat = $"paired t = {Numbers.Fixed(deals.T ?? double.NaN, 2)}, {Numbers.PClause(deals.P)}, {deals.Days} days";
        var peers = Wording.IsSignificant(deals.P)
            ? Markup.Of($", and on the miners' own AI deals the {Markup.Code("ai_pivot")} peers moved {(deals.MeanDifference > 0 ? "more" : "less")} than the {Markup.Code("btc_centric")} ones, announcers left out ({dealStat})")
            : Markup.Of($", and on the miners' own AI deals the {Markup.Code("ai_pivot")} and {Markup.Code("btc_centric")} peers' reactions are not distinguishable at this sample size, announcers left out ({dealStat})");
        return Markup.Of($"On news days, {sizes}{peers} (finding 5).");
    }

    /// <summary>
    /// Whether bitcoin's news days moved the miners at least as much as AI news days, by the point estimates of the
    /// symmetric event-day size ratios (model A, disjoint pools). Whether the gap is distinguishable is <see cref="NewsSizes"/>.
    /// </summary>
    public bool BitcoinNewsStillBigger => (HeadlineComparison().OtherSizeRatio ?? 0) >= (HeadlineComparison().SizeRatio ?? 0);

    /// <summary>Whether, on the miners' own AI deals, the <c>ai_pivot</c> peers reacted significantly more than the <c>btc_centric</c> peers (paired by event day, announcers left out).</summary>
    public bool PivotDealsSeparate => PeerComparisons.Single(p => p.Label == "miner_ai_deal") is { } c && Wording.IsSignificant(c.P) && c.MeanDifference > 0;
}
