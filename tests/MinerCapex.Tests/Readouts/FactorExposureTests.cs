using MinerCapex.Analytics;
using MinerCapex.Readouts;
using MinerCapex.Tests.Analytics;

namespace MinerCapex.Tests.Readouts;

/// <summary>The factor-exposure readout (notebook 3) against the statsmodels references of the same regressions.</summary>
public class FactorExposureTests
{
    private static readonly Lazy<FactorExposure> Betas = new(() => FactorExposure.Of(StudySetup.Load(StudyPeriods.Parse("2024,2025"))));

    [Fact]
    public void IndexCoefficients_ShowTheMinerIndexsNeweyWestFitOf2025_AsStatsmodelsHasIt()
    {
        var expected = StudyData.Load().Reference.GetProperty("factor_regressions").EnumerateArray()
            .Single(r => r.GetProperty("symbol").GetString() == "MINERS" && r.GetProperty("period").GetString() == "2025").GetProperty("hac_default");
        var table = Betas.Value.IndexCoefficients().Tables.Single();
        // Columns: series, period, term, estimate, NW s.e., t, p, Holm p, BH q, R², n; the terms in the fit's order.
        var rows = Enumerable.Range(0, table.RowCount).Where(r => (string?)table.Value(r, 0) == "MINERS" && (string?)table.Value(r, 1) == "2025").ToList();

        Assert.Equal(4, rows.Count);
        for (var k = 0; k < rows.Count; k++)
        {
            Reference.Close(expected.GetProperty("params")[k].GetDouble(), (double)table.Value(rows[k], 3)!, $"estimate {k}");
            Reference.Close(expected.GetProperty("bse")[k].GetDouble(), (double)table.Value(rows[k], 4)!, $"s.e. {k}");
            Reference.Close(expected.GetProperty("p")[k].GetDouble(), (double)table.Value(rows[k], 6)!, $"p {k}");
            Assert.InRange((double)table.Value(rows[k], 7)!, (double)table.Value(rows[k], 6)!, 1.0); // Holm never lowers a p-value
        }
        Reference.Close(expected.GetProperty("r2").GetDouble(), (double)table.Value(rows[0], 9)!, "R²");
        Assert.Equal(expected.GetProperty("n").GetInt32(), (int)table.Value(rows[0], 10)!);
    }

    [Fact]
    public void FactorShares_AddUpToEachFitsRSquared()
    {
        var betas = Betas.Value;
        foreach (var period in new[] { Period.Year(2024), Period.Year(2025) })
        {
            var fit = betas.Fits(period)["MINERS"];
            Assert.Equal(fit.Fit.RSquared, Enumerable.Range(0, 3).Sum(j => betas.Share("MINERS", period, j)), 12);
        }
    }
}
