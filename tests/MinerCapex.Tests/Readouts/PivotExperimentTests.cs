using MinerCapex.Readouts;

namespace MinerCapex.Tests.Readouts;

public class PivotExperimentTests
{
    private static readonly Lazy<FactorExposure> Betas = new(() => FactorExposure.Of(StudySetup.Load()));

    [Fact]
    public void PivotCohorts_SevenOneMinerCohorts_CorzCutByTheStartOfTheData()
    {
        var readout = Betas.Value.PivotCohorts();
        var table = readout.Tables[0];
        Assert.Equal(7, table.RowCount);
        Assert.Equal("CORZ", table.Text(0, 1));
        Assert.Equal("cut by the start of the data", table.Text(0, 8));
        Assert.Equal("-4 … 5", table.Text(0, 7));
        Assert.Equal("MARA, CLSK, BITF, BTDR, HIVE", table.Text(6, 3));
        var text = readout.ToText();
        Assert.Contains("7 cohorts, each of a single miner, and 5 never-treated miners", text);
        Assert.Contains("12094 miner-sessions on 616 calendar sessions", text);
    }

    // A non-rejection is worded as such, names its statistic and claims neither a fall nor a threat.
    [Theory]
    [InlineData(nameof(FactorExposure.PivotEffects),
        "bitcoin beta after their first contract is not distinguishable from no shift (δ = -0.12, Driscoll–Kraay s.e. 0.10, 95% CI [-0.32, 0.08], z = -1.14, p = 0.25, Holm p = 0.76)")]
    [InlineData(nameof(FactorExposure.PivotPreTrends),
        "for the Bitcoin beta the pre-contract bins are not jointly distinguishable from zero (Wald χ²(5) = 4.75, p = 0.45), which does not prove parallel pre-trends")]
    public void PivotVerdicts_NoRejection_AreWordedByTheirTests(string readout, string expected)
    {
        var text = (readout == nameof(FactorExposure.PivotEffects) ? Betas.Value.PivotEffects() : Betas.Value.PivotPreTrends()).ToText();
        Assert.Contains(expected, text);
        Assert.DoesNotContain(" fell ", text);
        Assert.DoesNotContain("threat", text);
        Assert.DoesNotContain("no effect", text);
    }
}
