using System.Globalization;
using MinerCapex.Analytics;
using MinerCapex.Indices;
using MinerCapex.Readouts;
using MinerCapex.Tests.Analytics;

namespace MinerCapex.Tests.Readouts;

/// <summary>
/// The co-movement readout of notebooks 02 and 05: its tables and sentences carry the statistics the independent
/// scripts computed (pandas for the classical regime rows, the block-bootstrap script for the intervals), on the
/// bundled data over 2024 and 2025.
/// </summary>
public class CoMovementTests
{
    private static readonly Lazy<CoMovement> Co = new(() => CoMovement.Of(StudySetup.Load(StudyPeriods.Parse("2024,2025"))));

    private static string F2(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static double PandasCorrelation(string factor, string period) =>
        StudyData.Load().Reference.GetProperty("regimes").EnumerateArray()
            .Single(r => r.GetProperty("symbol").GetString() == StudyBaskets.MinerIndex && r.GetProperty("factor").GetString() == factor && r.GetProperty("period").GetString() == period)
            .GetProperty("correlation").GetDouble();

    [Fact]
    public void RegimeTests_SentenceQuotesPandasCorrelations_AndCountsEveryPValueOfTheTableInTheFamily()
    {
        var readout = Co.Value.RegimeTests();
        var text = readout.Text.ToPlainText();
        var table = Assert.Single(readout.Tables);

        foreach (var (factor, name) in new[] { (Factors.Bitcoin, "bitcoin"), (Factors.AiBasket, "AI basket") })
        {
            var comparison = Co.Value.Compare(StudyBaskets.MinerIndex, factor);
            Reference.Close(PandasCorrelation(factor, "2024"), comparison.First.Correlation, name + " 2024");
            Reference.Close(PandasCorrelation(factor, "2025"), comparison.Second.Correlation, name + " 2025");
            Assert.Contains($"2024 → 2025 from {F2(PandasCorrelation(factor, "2024"))} to {F2(PandasCorrelation(factor, "2025"))}, ", text);
        }
        // Fisher and Chow p of every row form one family.
        Assert.Contains($"Holm and Benjamini–Hochberg adjust all {2 * table.RowCount} p-values of the table (Fisher and Chow) as one family.", text);
        Assert.Contains("Holm", string.Join("|", table.Headers));
    }

    [Fact]
    public void BootstrapTable_ShowsEachPeriodsEstimateAndInterval_FromTheBootstrapScript()
    {
        var readout = Co.Value.BootstrapTable();
        var table = Assert.Single(readout.Tables);
        var bitcoinCi = table.Headers.ToList().IndexOf("95% CI");

        Assert.Equal(2, table.RowCount);
        foreach (var (year, row) in new[] { (2024, 0), (2025, 1) })
        {
            var r = BootstrapReference.Period(year);
            var bitcoin = r.GetProperty("bitcoin");
            Assert.Equal(year.ToString(CultureInfo.InvariantCulture), table.Text(row, 0));
            Assert.Equal(r.GetProperty("n").GetInt32(), Convert.ToInt32(table.Value(row, 1), CultureInfo.InvariantCulture));
            Reference.Close(bitcoin.GetProperty("estimate").GetDouble(), (double)table.Value(row, bitcoinCi - 1)!, $"{year} ρ bitcoin");
            Assert.Equal($"[{F2(bitcoin.GetProperty("lower").GetDouble())}, {F2(bitcoin.GetProperty("upper").GetDouble())}]", table.Text(row, bitcoinCi));
        }
        var seed = BootstrapReference.Root.GetProperty("seed").GetInt32();
        Assert.Contains($"B = {BootstrapReference.Root.GetProperty("draws").GetInt32():N0} draws, seed {seed}", readout.Text.ToPlainText());
    }

    [Fact]
    public void AiAgainstBitcoin_QuotesSteigersTestOfTheScript_AndChoosesTheWordsByIt()
    {
        var text = Co.Value.AiAgainstBitcoin().ToText();

        // 2024: z = -3.95 rejects, the AI correlation below bitcoin's; 2025: z = 1.67 does not reject.
        var (z2024, z2025) = (BootstrapReference.Period(2024).GetProperty("steiger").GetProperty("z").GetDouble(),
                              BootstrapReference.Period(2025).GetProperty("steiger").GetProperty("z").GetDouble());
        Assert.Contains($"in 2024 the AI basket's correlation stayed below bitcoin's (Steiger z = {F2(z2024)}, p < 0.0001;", text);
        Assert.Contains($"in 2025 the AI basket's correlation could not be told apart from bitcoin's (Steiger z = {F2(z2025)}, p = 0.09;", text);
        Assert.Contains("Holm and Benjamini–Hochberg adjust the table's 2 p-values as one family.", text);
    }
}
