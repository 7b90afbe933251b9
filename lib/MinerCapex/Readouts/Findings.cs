using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>The summary's answer (notebook 5): the five findings put together in the words their tests allow.</summary>
/// <remarks>
/// Each claim is decided by the test that answers exactly it (issue 20, §5): the bitcoin co-movement "held" only by
/// an equivalence test of its change; the AI co-movement "reached" bitcoin's only when the dependent-correlation test
/// cannot tell the two apart, and "exceeded" it only when that test rejects in that direction; "like AI
/// infrastructure rather than the market" only when the partial correlation given the Nasdaq-100 is above zero (its
/// bootstrap interval) and the AI basket's share beyond the Nasdaq-100 exceeds the Nasdaq-100's own share; the sub-group
/// claim (did the miners' betas move when they signed?) only from the staggered design's Driscoll–Kraay test of each beta's
/// post-contract shift (finding 3b), with the halves comparison as a robustness check.
/// </remarks>
public static class Findings
{
    /// <summary>The headline, then one sentence per claim, each naming its statistic.</summary>
    public static Readout Answer(StudySetup study, CoMovement coMovement, FactorExposure exposure, EventReactions events)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(coMovement);
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(events);
        var evidence = coMovement.Evidence;
        var last = evidence.Periods[^1];
        var (first, final) = (study.Periods[0], study.Periods[^1]);
        var steiger = last.Steiger;
        var aiAhead = Wording.IsSignificant(steiger.SteigerP) && steiger.SteigerZ > 0;
        var btcAhead = Wording.IsSignificant(steiger.SteigerP) && steiger.SteigerZ < 0;
        var partialAbove = last.AiGivenMarket.Lower > 0;
        var (aiOwn, marketOwn) = (exposure.AiBeyondMarketShare(StudyBaskets.MinerIndex, final), exposure.MarketShareOrthogonal(StudyBaskets.MinerIndex, final));
        // The headline names the test that decides it: Steiger's, for two correlations sharing the miner index.
        var test = $"Steiger's test of two correlations sharing the index: z = {Numbers.Fixed(steiger.SteigerZ, 2)}, {Numbers.PClause(steiger.SteigerP)}";
        var headline = aiAhead ? $"In {final.Label} the miners co-moved more with the AI stocks than with bitcoin ({test})."
            : btcAhead ? $"In {final.Label} the miners still co-moved more with bitcoin than with the AI stocks ({test})."
            : $"In {final.Label} the miners' co-movement with the AI stocks reached their co-movement with bitcoin: the test cannot tell the two apart ({test}).";

        Markup Path(CorrelationStatistic statistic) => Markup.Join(" ", evidence.Compared.Select(change =>
        {
            var (from, to) = (change.From, change.To);
            return Markup.Of($"From {from.Label} to {to.Label} it {Verdicts.Change(evidence.Change(change, statistic))}.");
        }));
        string Share(Analytics.Period p, int j) => Numbers.Share(exposure.Share(StudyBaskets.MinerIndex, p, j));
        var overall = evidence.Compared.Single(c => c.From == first && c.To == final);
        var market = evidence.Change(overall, CorrelationStatistic.WithMarket);
        var aiRose = Verdicts.Of(evidence.Change(overall, CorrelationStatistic.WithAiBasket)) == ChangeVerdict.Rose;
        var sentences = new List<Markup>
        {
            Markup.Of($"{Markup.Bold(headline)} The miner index's correlation with bitcoin (block-bootstrap test of each change; TOST against ±{Numbers.Fixed(CorrelationEvidence.Margin, 2)} for “held”): {Path(CorrelationStatistic.WithBitcoin)}"),
            Markup.Of($"Its correlation with the AI capex basket: {Path(CorrelationStatistic.WithAiBasket)}"),
            Markup.Of($"Period by period, {Wording.List(evidence.Periods.Select(Verdicts.AiAgainstBitcoin).ToList())} (finding 1)."),
            Continuations(evidence),
            Markup.Of($"The correlation with the Nasdaq-100 from {first.Label} to {final.Label} {Verdicts.Change(market)}. "
                + $"Given the Nasdaq-100, the partial correlation with the AI basket was {Verdicts.Estimate(last.AiGivenMarket)} in {final.Label}, "
                + $"and in the three-factor model with the AI basket orthogonalised to the Nasdaq-100 the AI-specific part explains {Markup.Bold(Numbers.Share(aiOwn))} of the index's daily variance against the Nasdaq-100's {Markup.Bold(Numbers.Share(marketOwn))}: "
                + $"{(partialAbove && aiOwn > marketOwn ? "the co-movement is more AI-specific than market-wide." : partialAbove ? "an AI-specific part exists, but the co-movement with the AI stocks is mostly shared with the broad market." : $"the AI co-movement is not shown to be more than the broad market's{(aiRose ? "; the rise is shared with the market" : "")}.")}"),
            Markup.Of($"Bitcoin's share of the index's daily variance (Shapley split of R², a point estimate with no test) went {Wording.List(study.Periods.Select(p => Markup.Of($"{Markup.Bold(Share(p, 0))} in {p.Label}")).ToList())}, "
                + $"against the AI basket's {Wording.List(study.Periods.Select(p => Markup.Of($"{Markup.Bold(Share(p, 1))} in {p.Label}")).ToList())} (finding 3)."),
            exposure.PivotClause(),
            events.AnswerClause(),
        };
        return Readout.Sentence(Markup.Join(" ", sentences.Where(m => m.ToString().Length > 0)));
    }

    // With three or more periods: did the first change hold, grow or reverse over the next one (issue 20, §5)?
    private static Markup Continuations(CorrelationEvidence evidence)
    {
        if (evidence.Periods.Count < 3) return Markup.Empty;
        var (first, second) = (evidence.Compared[0], evidence.Compared[1]);
        string Of(CorrelationStatistic s) => Verdicts.Continuation(evidence.Change(first, s), evidence.Change(second, s));
        return Markup.Of($"For the bitcoin correlation, {Of(CorrelationStatistic.WithBitcoin)}; for the AI-basket correlation, {Of(CorrelationStatistic.WithAiBasket)} (bootstrap tests above).");
    }
}
