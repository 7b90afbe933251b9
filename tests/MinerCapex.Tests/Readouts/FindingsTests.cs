using MinerCapex.Analytics;
using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class FindingsTests
{
    [Fact]
    public void IndexFinding_2024_2025_names_each_test_and_claims_no_held_without_TOST()
    {
        var study = StudySetup.Load(StudyPeriods.Parse("2024,2025"));
        var text = CoMovement.Of(study).IndexFinding().ToText();
        Assert.Contains("the bitcoin correlation was not distinguishable from no change, and not shown to be unchanged (Δ = -0.05, 95% CI [-0.18, 0.08], bootstrap z = -0.81, p = 0.42; TOST against ±0.10: p = 0.24)", text);
        Assert.Contains("the AI-basket correlation rose (Δ = +0.29, 95% CI [0.12, 0.44]", text);
        Assert.Contains("in 2025 the AI basket's correlation could not be told apart from bitcoin's", text);
        Assert.DoesNotContain("held", text);
    }

    [Fact]
    public void Answer_headline_is_chosen_by_Steigers_test_and_names_it()
    {
        // 2025: Steiger z = 1.67, p = 0.09 (pinned to the bootstrap script in CorrelationEvidenceTests): no rejection,
        // so "reached", never "exceeded", and the sentence carries the statistic that decided it.
        var study = StudySetup.Load(StudyPeriods.Parse("2024,2025"));
        var text = Findings.Answer(study, CoMovement.Of(study), FactorExposure.Of(study), EventReactions.Run(study.Data)).ToText();

        Assert.StartsWith("In 2025 the miners' co-movement with the AI stocks reached their co-movement with bitcoin: the test cannot tell the two apart "
            + "(Steiger's test of two correlations sharing the index: z = 1.67, p = 0.09).", text);
    }
}
