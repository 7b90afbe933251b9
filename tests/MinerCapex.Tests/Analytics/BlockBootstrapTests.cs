using MinerCapex.Analytics;
using MinerCapex.Indices;
using MinerCapex.Inference;

namespace MinerCapex.Tests.Analytics;

public class BlockBootstrapTests
{
    private static readonly StudyData Data = StudyData.Load();
    private static readonly string[] Symbols = [StudyBaskets.MinerIndex, "BTC-USD", StudyBaskets.AiCapexIndex, "QQQ"];

    [Fact]
    public void PolitisWhite_MatchesTheScriptOnAnAr1AndOnWhiteNoise()
    {
        var pw = BootstrapReference.Root.GetProperty("formulas").GetProperty("politis_white");
        Reference.Close(pw.GetProperty("block_length").GetDouble(), BlockLength.PolitisWhite(Reference.Array(pw.GetProperty("ar1"))), "AR(1) block length");
        Assert.Equal(pw.GetProperty("white_noise_block_length").GetDouble(), BlockLength.PolitisWhite(Reference.Array(pw.GetProperty("white_noise"))));
        Assert.True(pw.GetProperty("block_length").GetDouble() > 3, "an AR(1) with φ = 0.5 needs blocks longer than the i.i.d. bootstrap's");
    }

    [Fact]
    public void StationaryBootstrap_ReplaysNumpysRows_AndKeepsRunsOfConsecutiveRows()
    {
        var expected = BootstrapReference.Period(2024).GetProperty("rows_first_draw_head").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var block = BootstrapReference.Period(2024).GetProperty("block_length").GetDouble();
        var rows = new int[252];
        StationaryBootstrap.Resample(rows, block, new StudyRandom().Fork(0));
        Assert.Equal(expected, rows[..20]);
        var continued = Enumerable.Range(1, rows.Length - 1).Count(t => rows[t] == (rows[t - 1] + 1) % rows.Length);
        Assert.InRange(continued, 150, 230); // about 1 − 1/b of the rows continue a block
    }

    [Theory]
    [InlineData(2024, 0)]
    [InlineData(2025, 1)]
    public void PeriodBootstrap_PinsBlockLengthAndQuantilesOfEveryStatistic(int year, int stream)
    {
        var r = BootstrapReference.Period(year);
        var draws = Data.Returns.BlockBootstrap(Symbols, Period.Year(year), stream);
        Assert.Equal(r.GetProperty("n").GetInt32(), draws.Observations);
        Assert.Equal(2000, draws.Draws);
        Reference.Close(r.GetProperty("block_length").GetDouble(), draws.BlockLength, "block length");
        BootstrapReference.Matches(r.GetProperty("bitcoin"), draws.Interval(c => c.Correlation(0, 1)), $"{year} ρ bitcoin");
        BootstrapReference.Matches(r.GetProperty("ai"), draws.Interval(c => c.Correlation(0, 2)), $"{year} ρ AI");
        BootstrapReference.Matches(r.GetProperty("market"), draws.Interval(c => c.Correlation(0, 3)), $"{year} ρ QQQ");
        BootstrapReference.Matches(r.GetProperty("partial_ai_given_market"), draws.Interval(c => c.PartialCorrelation(0, 2, 3)), $"{year} partial AI | QQQ");
        BootstrapReference.Matches(r.GetProperty("partial_bitcoin_given_market"), draws.Interval(c => c.PartialCorrelation(0, 1, 3)), $"{year} partial BTC | QQQ");
    }

    [Fact]
    public void RollingBand_PinsTheQuantilesOfThreeWindows()
    {
        var r = BootstrapReference.Root.GetProperty("rolling_band");
        var range = new Period(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        var band = Data.Returns.RollingCorrelationBand(StudyBaskets.MinerIndex, ["BTC-USD", StudyBaskets.AiCapexIndex], 60, range);
        Reference.Close(r.GetProperty("block_length").GetDouble(), band.BlockLength, "band block length");
        foreach (var w in r.GetProperty("windows").EnumerateArray())
        {
            var t = w.GetProperty("row").GetInt32();
            Assert.Equal(StudyData.Day(w.GetProperty("end").GetString()!), Data.Returns.Sessions[t]);
            var (btc, ai) = (Reference.Array(w.GetProperty("bitcoin")), Reference.Array(w.GetProperty("ai")));
            Reference.Close(btc[0], band.Lower[0][t], "btc lower");
            Reference.Close(btc[1], band.Upper[0][t], "btc upper");
            Reference.Close(ai[0], band.Lower[1][t], "ai lower");
            Reference.Close(ai[1], band.Upper[1][t], "ai upper");
        }
        Assert.True(double.IsNaN(band.Lower[0][Data.Returns.IndexOf(new DateOnly(2026, 1, 2))]), "outside the range there is no band");
    }

    [Fact]
    public void Bootstrap_IsFixedBySeed_AndChangesWithIt()
    {
        var a = Data.Returns.BlockBootstrap(Symbols, Period.Year(2025), 1).Interval(c => c.Correlation(0, 1));
        var b = Data.Returns.BlockBootstrap(Symbols, Period.Year(2025), 1).Interval(c => c.Correlation(0, 1));
        var other = Data.Returns.BlockBootstrap(Symbols, Period.Year(2025), 1, new BootstrapOptions(Seed: 7)).Interval(c => c.Correlation(0, 1));
        Assert.Equal(a, b);
        Assert.NotEqual(a.Lower, other.Lower);
    }
}
