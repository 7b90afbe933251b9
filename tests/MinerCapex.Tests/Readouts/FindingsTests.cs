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
}
