using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>The summary's answer (notebook 5): the five findings put together in the words their numbers allow.</summary>
public static class Findings
{
    /// <summary>
    /// "Both.", "Less like bitcoin, more like AI infrastructure." or "Still mostly like bitcoin.", then why: the
    /// co-movement tests, the variance shares, the sub-groups and the reaction sizes.
    /// </summary>
    public static Readout Answer(StudySetup study, CoMovement coMovement, FactorExposure exposure, EventReactions events)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(coMovement);
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(events);
        var btc = coMovement.Compare(StudyBaskets.MinerIndex, Factors.Bitcoin);
        var ai = coMovement.Compare(StudyBaskets.MinerIndex, Factors.AiBasket);
        var aiCatchUp = ai.Second.Correlation > ai.First.Correlation && Wording.IsSignificant(ai.CorrelationTest.P);
        var btcHeld = !Wording.IsSignificant(btc.CorrelationTest.P);
        var (a, b) = (study.PeriodA, study.PeriodB);
        string Share(Analytics.Period p, int j) => Numbers.Share(exposure.Share(StudyBaskets.MinerIndex, p, j));
        var verdict = aiCatchUp && btcHeld ? "Both." : aiCatchUp ? "Less like bitcoin, more like AI infrastructure." : "Still mostly like bitcoin.";
        return Readout.Sentence(Markup.Of(
            $"{Markup.Bold(verdict)} {(btcHeld ? "The miners' co-movement with bitcoin did not fall significantly" : "The miners' co-movement with bitcoin changed significantly")} between {a.Label} and {b.Label}, "
            + $"while their co-movement with the AI capex stocks {(aiCatchUp ? "rose to the same order" : "did not rise significantly")} (finding 1), "
            + $"and bitcoin's share of the index's daily variance went from {Share(a, 0)} to {Share(b, 0)} against the AI basket's {Share(a, 1)} to {Share(b, 1)} (finding 3). "
            + $"The change is {(exposure.PivotShiftLarger ? "larger" : "not larger")} among the miners that signed AI contracts. "
            + $"On news days, judged by the size of the abnormal moves, {(events.BitcoinNewsStillBigger ? "bitcoin's own news still moves the miners more than AI capex news does" : "AI capex news now moves the miners more than bitcoin's own news")} (finding 5)"
            + $"{(events.PivotDealsSeparate ? Markup.Of($", and the miners' own AI deals move the {Markup.Code("ai_pivot")} miners, not the {Markup.Code("btc_centric")} ones") : Markup.Text(", and the reaction to the miners' AI deals does not separate the two groups"))}."));
    }
}
