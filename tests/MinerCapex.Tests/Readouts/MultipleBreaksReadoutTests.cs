using System.Globalization;
using MinerCapex.Readouts;
using MinerCapex.Tests.Analytics;
using MinerCapex.Tests.Charts;

namespace MinerCapex.Tests.Readouts;

public class MultipleBreaksReadoutTests
{
    private static readonly Lazy<FactorExposure> Betas = new(() =>
        FactorExposure.Of(StudySetup.Load(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))));

    private static string F2(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    [Fact]
    public void Sentence_NamesEachRulesChoiceWithItsStatistic_FromTheStrucchangeReference()
    {
        // On 2024–2025 the study's window is the R reference's panel: BIC keeps no break, the sequential test one.
        var r = BootstrapReference.Load("baiperron_reference.json");
        var text = Betas.Value.MultipleBreakTests().Text.ToPlainText();
        var supF = r.GetProperty("supf_next").EnumerateArray().Select(t => t.GetProperty("stat").GetDouble()).ToArray();
        var one = r.GetProperty("partitions")[0];
        Assert.Contains("BIC picks no break", text);
        Assert.Contains($"sup-F(1|0) = {F2(supF[0])} exceeds its 5% critical value 16.19", text);
        Assert.Contains($"sup-F(2|1) = {F2(supF[1])} stays below its 5% critical value 18.11, so it stops at 1 break", text);
        Assert.Contains($"{one.GetProperty("dates")[0].GetString()} (95% interval {one.GetProperty("lower_dates")[0].GetString()} to {one.GetProperty("upper_dates")[0].GetString()})", text);
        var robust = r.GetProperty("supf_next").EnumerateArray().Select(t => t.GetProperty("robust").GetDouble()).ToArray();
        // Newey–West: 18.05 > 16.19, then 7.47 < 18.11: also one break.
        Assert.Contains($"With Newey–West covariance the sequence reads sup-F(1|0) = {F2(robust[0])} and sup-F(2|1) = {F2(robust[1])}; it picks 1 break, the same choice.", text);
        Assert.Equal(1, Betas.Value.MultipleBreaks.SequentialBreaks);
    }

    [Fact]
    public void Chart_DrawsTheKeptBreakAsALine_AndItsIntervalAsABand()
    {
        var b = Betas.Value.MultipleBreaks.WithBreaks(1);
        var shapes = ChartJson.Of(Betas.Value.MultipleBreaksChart()).GetProperty("layout").GetProperty("shapes").EnumerateArray().ToList();
        var band = Assert.Single(shapes, s => s.GetProperty("type").GetString() == "rect");
        Assert.Equal(b.Intervals[0]!.LowerSession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), band.GetProperty("x0").GetString());
        Assert.Equal(b.Intervals[0]!.UpperSession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), band.GetProperty("x1").GetString());
        var at = b.Sessions[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Single(shapes, s => s.GetProperty("type").GetString() == "line" && s.GetProperty("x0").ValueKind == System.Text.Json.JsonValueKind.String
            && s.GetProperty("x0").GetString() == at && s.GetProperty("line").GetProperty("width").GetDouble() == 2);
    }
}
