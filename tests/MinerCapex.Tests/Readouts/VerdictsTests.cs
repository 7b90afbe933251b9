using MinerCapex.Analytics;
using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class VerdictsTests
{
    private static CorrelationChange Change(double estimate, double se, int from = 2024) =>
        new(Period.Year(from), Period.Year(from + 1), CorrelationStatistic.WithBitcoin, new BootstrapInterval(estimate, estimate - 2 * se, estimate + 2 * se, se, 2000),
            EquivalenceTest.Of(estimate, se, CorrelationEvidence.Margin));

    [Theory]
    [InlineData(0.20, 0.05, ChangeVerdict.Rose)]
    [InlineData(-0.20, 0.05, ChangeVerdict.Fell)]
    [InlineData(0.01, 0.02, ChangeVerdict.Held)]          // TOST p = 1 − Φ(4.5) ≈ 3e-6
    [InlineData(-0.05, 0.066, ChangeVerdict.Undetermined)] // p ≈ 0.45, TOST p ≈ 0.23: neither
    public void A_change_is_called_held_only_by_the_equivalence_test(double estimate, double se, ChangeVerdict expected)
    {
        var change = Change(estimate, se);
        Assert.Equal(expected, Verdicts.Of(change));
        var words = Verdicts.Change(change).ToPlainText();
        Assert.Contains(expected switch
        {
            ChangeVerdict.Rose => "rose (Δ = +0.20",
            ChangeVerdict.Fell => "fell (Δ = -0.20",
            ChangeVerdict.Held => "held within ±0.10 (TOST against ±0.10: p < 0.0001",
            _ => "was not distinguishable from no change, and not shown to be unchanged (Δ = -0.05",
        }, words);
    }

    [Fact]
    public void AiAgainstBitcoin_says_reached_only_when_Steiger_cannot_tell_them_apart()
    {
        var evidence = CorrelationEvidence.Of(Analytics.StudyData.Load().Returns, [Period.Year(2024), Period.Year(2025)]);
        var (a, b) = (Verdicts.AiAgainstBitcoin(evidence.Periods[0]).ToPlainText(), Verdicts.AiAgainstBitcoin(evidence.Periods[1]).ToPlainText());
        Assert.StartsWith("in 2024 the AI basket's correlation stayed below bitcoin's (Steiger z = -3.95, p < 0.0001", a);
        Assert.StartsWith("in 2025 the AI basket's correlation could not be told apart from bitcoin's (Steiger z = 1.67, p = 0.09; bootstrap 95% CI of the difference [-0.01, 0.18])", b);
    }

    [Theory]
    [InlineData(0.20, 0.05, -0.20, 0.05, "the 2024 → 2025 rise reversed in 2026")]
    [InlineData(0.20, 0.05, 0.20, 0.05, "the 2024 → 2025 rise grew further in 2026")]
    [InlineData(0.20, 0.05, 0.01, 0.02, "the 2024 → 2025 rise held in 2026 (the 2025 → 2026 change is inside the margin by TOST)")]
    [InlineData(-0.20, 0.05, -0.05, 0.066, "the 2024 → 2025 fall was neither shown to hold nor to reverse in 2026")]
    [InlineData(-0.05, 0.066, 0.20, 0.05, "no 2024 → 2025 change was shown, and the 2025 → 2026 change was a rise")]
    public void Continuation_is_decided_by_the_later_changes_own_test(double d1, double se1, double d2, double se2, string expected) =>
        Assert.Equal(expected, Verdicts.Continuation(Change(d1, se1), Change(d2, se2, 2025)));
}
