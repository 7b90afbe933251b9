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

    [Fact]
    public void PivotEffects_NoRejection_IsWordedAsNotDistinguishable_WithItsStatistic()
    {
        var text = Betas.Value.PivotEffects().ToText();
        Assert.Contains("bitcoin beta after their first contract is not distinguishable from no shift (δ = -0.12, Driscoll–Kraay s.e. 0.10, 95% CI [-0.32, 0.08], z = -1.14, p = 0.25, Holm p = 0.76)", text);
        Assert.DoesNotContain(" fell ", text);
        Assert.DoesNotContain("no effect", text);
    }

    [Fact]
    public void PivotPreTrends_NoRejection_StatesWhatItDoesNotProve()
    {
        var text = Betas.Value.PivotPreTrends().ToText();
        Assert.Contains("for the Bitcoin beta the pre-contract bins are not jointly distinguishable from zero (Wald χ²(5) = 4.75, p = 0.45), which does not prove parallel pre-trends", text);
        Assert.DoesNotContain("threat", text);
    }
}
