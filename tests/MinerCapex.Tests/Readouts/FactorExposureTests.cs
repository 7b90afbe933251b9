using System.Text.Json;
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

    [Fact]
    public void MinerChanges_MatchStatsmodelsPerMinerHacFits_AndHolmOverTheTable()
    {
        var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(StudyData.Load().Root, "tests", "MinerCapex.Tests", "Reference", "analytics", "beta_change_reference.json")));
        var expected = reference.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var changes = FactorExposure.Of(StudySetup.Load(StudyPeriods.Parse("2024,2026"))).MinerChanges;

        Assert.Equal(expected.Count, changes.Count);
        foreach (var actual in changes)
        {
            // The table lists ai_pivot miners first; the family (and so each adjusted p) does not depend on the order.
            var row = expected.Single(r => r.GetProperty("miner").GetString() == actual.Miner && r.GetProperty("factor").GetString() == actual.Factor);
            var what = $"{actual.Miner} {actual.Factor}";
            Reference.Close(row.GetProperty("before").GetDouble(), actual.Change.Before, what + " before");
            Reference.Close(row.GetProperty("after").GetDouble(), actual.Change.After, what + " after");
            Reference.Close(row.GetProperty("z").GetDouble(), actual.Change.Z, what + " z");
            Reference.Close(row.GetProperty("p").GetDouble(), actual.Change.P, what + " p");
            Reference.Close(row.GetProperty("holm").GetDouble(), actual.Holm, what + " Holm");
            Reference.Close(row.GetProperty("bh").GetDouble(), actual.BenjaminiHochberg, what + " BH");
        }
    }

    [Fact]
    public void MinerBetas_SentenceReadsTheHolmAdjustedChanges()
    {
        var betas = FactorExposure.Of(StudySetup.Load(StudyPeriods.Parse("2024,2026")));
        var html = System.Net.WebUtility.HtmlDecode(betas.MinerBetas().Text.Html);

        // No change survives Holm's adjustment on the bundled data (the reference says so too), so no miner is named.
        Assert.DoesNotContain(betas.MinerChanges, c => c.Significant);
        Assert.Contains($"over the {betas.MinerChanges.Count} changes of the second table: the bitcoin beta changed by an amount not distinguishable from none for all 12 miners; "
            + "the AI capex basket beta changed by an amount not distinguishable from none for all 12 miners.", html, StringComparison.Ordinal);
        Assert.Equal(2, betas.MinerBetas().Tables.Count);
    }

    [Fact]
    public void ChangeClause_NamesTheMinersWhoseBetaMovedByDirection_AndTheRestAsUndecided()
    {
        // Holm p of 0.003 and 0.02 reject at 5%, 0.40 does not: one miner fell, one rose, one is undecided.
        static FactorExposure.MinerBetaChange Row(string miner, double before, double after, double z, double holm) =>
            new(miner, "BTC-USD", new CoefficientChange("BTC-USD", before, after, 0.1, z, holm / 4), holm, holm);
        FactorExposure.MinerBetaChange[] rows = [Row("MARA", 1.2, 0.7, -3.41, 0.003), Row("IREN", 0.5, 0.9, 2.87, 0.02), Row("RIOT", 1.0, 0.95, -0.4, 0.40)];

        var mixed = System.Net.WebUtility.HtmlDecode(FactorExposure.ChangeClause(rows, "bitcoin").Html);
        var allMoved = System.Net.WebUtility.HtmlDecode(FactorExposure.ChangeClause(rows[..2], "the AI capex basket").Html);

        Assert.Equal("the bitcoin beta fell for 1 (MARA (z = -3.41, Holm p = 0.0030)) and rose for 1 (IREN (z = 2.87, Holm p = 0.02))"
            + " and is not distinguishable from unchanged for the other 1", mixed);
        Assert.Equal("the AI capex basket beta fell for 1 (MARA (z = -3.41, Holm p = 0.0030)) and rose for 1 (IREN (z = 2.87, Holm p = 0.02))", allMoved);
    }
}
