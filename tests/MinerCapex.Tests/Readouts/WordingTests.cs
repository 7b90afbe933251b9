using MinerCapex.Analytics;
using MinerCapex.Notebook;
using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class WordingTests
{
    [Theory]
    [InlineData(0.34, 0.63, 0.00001, "a significant rise")]
    [InlineData(0.60, 0.40, 0.01, "a significant fall")]
    [InlineData(0.60, 0.55, 0.37, "a change within sampling noise")]
    [InlineData(0.60, 0.55, 0.05, "a change within sampling noise")]
    [InlineData(0.60, 0.55, null, "a change within sampling noise")]
    public void A_change_is_named_by_its_direction_only_when_it_is_significant(double before, double after, double? p, string expected) =>
        Assert.Equal(expected, Wording.Change(before, after, p));

    [Fact]
    public void Lists_end_with_and()
    {
        Assert.Equal("CIFR, BITF and MARA", Wording.List([Markup.Text("CIFR"), Markup.Text("BITF"), Markup.Text("MARA")]).Html);
        Assert.Equal("A &amp; B and C", Wording.List([Markup.Text("A & B"), Markup.Text("C")]).Html);
        Assert.Equal("CIFR", Wording.List([Markup.Text("CIFR")]).Html);
    }

    [Fact]
    public void A_verdict_gives_z_and_p()
    {
        Assert.Equal("not a significant change (z = 0.89, p = 0.37)", Wording.Verdict(new FisherZResult(0.60, 252, 0.55, 250, 0.89, 0.3724)));
        Assert.Equal("a significant change (z = -4.32, p < 0.0001)", Wording.Verdict(new FisherZResult(0.34, 252, 0.63, 250, -4.32, 0.0000158)));
    }

    [Fact]
    public void A_fisher_test_of_real_returns_reads_the_same_as_its_numbers()
    {
        var study = StudySetup.Load(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var co = CoMovement.Of(study);

        var ai = co.Compare("MINERS", Factors.AiBasket);

        Assert.True(ai.Second.Correlation > ai.First.Correlation && ai.CorrelationTest.P < 0.05);
        Assert.Equal("a significant rise", Wording.CorrelationChange(ai));
    }
}
