using MinerCapex.Analytics;

namespace MinerCapex.Tests.Analytics;

public class BaiPerronTests
{
    private static readonly StudyData Data = StudyData.Load();
    private static readonly Period Window = new(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
    private static readonly System.Text.Json.JsonElement R = BootstrapReference.Load("baiperron_reference.json");
    private static readonly Lazy<BaiPerronResult> Study = new(() => Data.Returns.BaiPerronBreaks("MINERS", StudyData.Factors, Window));

    private static int[] Ints(System.Text.Json.JsonElement e) => e.EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static DateOnly[] Days(System.Text.Json.JsonElement e) => e.EnumerateArray().Select(v => StudyData.Day(v.GetString()!)).ToArray();

    [Fact]
    public void PartitionsSsrBicAndLwz_MatchStrucchangeBreakpoints()
    {
        var r = Study.Value;
        Assert.Equal(R.GetProperty("n").GetInt32(), r.Observations);
        Assert.Equal(R.GetProperty("h").GetInt32(), r.MinimumSegment);
        Assert.Equal(4, r.Partitions.Count);
        Reference.Series(Reference.Array(R.GetProperty("rss")), r.Partitions.Select(p => p.Ssr).ToArray(), "SSR", 1e-8);
        Reference.Series(Reference.Array(R.GetProperty("bic")), r.Partitions.Select(p => p.Bic).ToArray(), "BIC", 1e-8);
        Reference.Series(Reference.Array(R.GetProperty("lwz")), r.Partitions.Select(p => p.Lwz).ToArray(), "LWZ", 1e-8);
        Assert.Equal(R.GetProperty("bic_breaks").GetInt32(), r.BicBreaks);
        Assert.Equal(R.GetProperty("lwz_breaks").GetInt32(), r.LwzBreaks);
        foreach (var p in R.GetProperty("partitions").EnumerateArray())
        {
            var mine = r.WithBreaks(p.GetProperty("m").GetInt32());
            Assert.Equal(Ints(p.GetProperty("breaks")), mine.Breaks);
            Assert.Equal(Days(p.GetProperty("dates")), mine.Sessions);
        }
    }

    [Fact]
    public void BreakDateIntervals_MatchStrucchangeConfint()
    {
        foreach (var p in R.GetProperty("partitions").EnumerateArray())
        {
            var mine = Study.Value.WithBreaks(p.GetProperty("m").GetInt32()).Intervals;
            Assert.All(mine, Assert.NotNull);
            Assert.Equal(Ints(p.GetProperty("lower")), mine.Select(i => i!.Lower));
            Assert.Equal(Ints(p.GetProperty("upper")), mine.Select(i => i!.Upper));
            Assert.Equal(Days(p.GetProperty("lower_dates")), mine.Select(i => i!.LowerSession));
            Assert.Equal(Days(p.GetProperty("upper_dates")), mine.Select(i => i!.UpperSession));
            Assert.All(mine, i => Assert.InRange(i!.Break, i.Lower, i.Upper));
        }
    }

    [Fact]
    public void SupFNext_MatchesItsDefinitionInR_AndStrucchangeFstatsForOneBreak()
    {
        var r = Study.Value;
        foreach (var t in R.GetProperty("supf_next").EnumerateArray())
        {
            var mine = r.NextBreakTests[t.GetProperty("l").GetInt32()];
            Reference.Close(t.GetProperty("stat").GetDouble(), mine.Statistic, $"sup-F({mine.Breaks + 1}|{mine.Breaks})", 1e-8);
            Assert.Equal(t.GetProperty("at").GetInt32(), mine.At);
            Reference.Close(t.GetProperty("robust").GetDouble(), mine.RobustStatistic, $"Newey–West sup-F({mine.Breaks + 1}|{mine.Breaks})", 1e-8);
        }
        Reference.Close(R.GetProperty("fstats_sup").GetDouble(), r.NextBreakTests[0].Statistic, "Fstats", 1e-8);
        Assert.Equal(R.GetProperty("fstats_at").GetInt32(), r.NextBreakTests[0].At);
        // Bai and Perron (2003), ε = 0.15, q = 4: 16.19, 18.11, 18.93 at 5% for ℓ = 0, 1, 2.
        Assert.Equal([16.19, 18.11, 18.93], r.NextBreakTests.Select(t => t.Critical!.FivePercent));
        var expected = r.NextBreakTests.TakeWhile(t => t.Statistic > t.Critical!.FivePercent).Count();
        Assert.Equal(expected, r.SequentialBreaks);
        Assert.Equal(r.NextBreakTests.TakeWhile(t => t.RobustStatistic > t.Critical!.FivePercent).Count(), r.RobustSequentialBreaks);
    }

    [Fact]
    public void ArgmaxDistribution_MatchesStrucchangePargmaxV()
    {
        var g = R.GetProperty("pargmaxv");
        var (x, xi, phi1, phi2, p) = (Reference.Array(g.GetProperty("x")), Reference.Array(g.GetProperty("xi")), Reference.Array(g.GetProperty("phi1")),
            Reference.Array(g.GetProperty("phi2")), Reference.Array(g.GetProperty("p")));
        for (var i = 0; i < x.Length; i++)
            Reference.Close(p[i], ArgmaxDistribution.Cdf(x[i], xi[i], phi1[i], phi2[i]), $"pargmaxV({x[i]}, {xi[i]}, {phi1[i]}, {phi2[i]})", 1e-10);
        var q = ArgmaxDistribution.Quantile(0.975, 1.3, 0.9, 1.2);
        Assert.Equal(0.975, ArgmaxDistribution.Cdf(q, 1.3, 0.9, 1.2), 12);
        // Symmetric case (ξ = φ₁ = φ₂ = 1): Bai's (1997) distribution is symmetric about 0.
        Assert.Equal(-ArgmaxDistribution.Quantile(0.025), ArgmaxDistribution.Quantile(0.975), 8);
    }

    [Fact]
    public void SyntheticSeriesWithTwoKnownBreaks_RecoversTheDates_AndTheIntervalsCoverThem()
    {
        // 600 sessions, y = a + b·x + e with the intercept and slope shifting at rows 200 and 400; seeded Gaussian draws.
        var rng = new MathNet.Numerics.Random.MersenneTwister(20);
        var normal = new MathNet.Numerics.Distributions.Normal(0, 1, rng);
        const int n = 600;
        var x1 = Enumerable.Range(0, n).Select(_ => normal.Sample()).ToArray();
        var x2 = Enumerable.Range(0, n).Select(_ => normal.Sample()).ToArray();
        var y = Enumerable.Range(0, n).Select(t =>
        {
            var (a, b) = t < 200 ? (0.0, 1.0) : t < 400 ? (1.0, -0.5) : (0.0, 1.5);
            return a + b * x1[t] + 0.3 * x2[t] + 0.5 * normal.Sample();
        }).ToArray();
        var sessions = Enumerable.Range(0, n).Select(t => new DateOnly(2020, 1, 1).AddDays(t)).ToArray();
        var r = BaiPerron.Estimate("y", ["x1", "x2"], Period.All, sessions, y, [x1, x2]);
        Assert.Equal(90, r.MinimumSegment);
        Assert.Equal(2, r.BicBreaks);
        Assert.Equal(2, r.SequentialBreaks);
        var two = r.WithBreaks(2);
        Assert.All(two.Breaks.Zip([200, 400]), p => Assert.InRange(p.First, p.Second - 3, p.Second + 3));
        Assert.All(two.Intervals.Zip([200, 400]), p => Assert.InRange(p.Second, p.First!.Lower, p.First.Upper));
        Assert.True(r.NextBreakTests[2].Statistic < r.NextBreakTests[2].Critical!.FivePercent);
        // With ε = 0.25 (h = 150), the two-break partition near rows 200 and 400 leaves no regime of 2h = 300 rows: no sup-F(3|2).
        var wide = BaiPerron.Estimate("y", ["x1", "x2"], Period.All, sessions, y, [x1, x2], maxBreaks: 3, trim: 0.25);
        Assert.True(double.IsNaN(wide.NextBreakTests[2].Statistic) && wide.NextBreakTests[2].Session is null && !wide.NextBreakTests[2].RejectsAtFivePercent);
        // Only ε = 0.15 is tabulated, so the sequential test adds nothing at ε = 0.25, though sup-F(1|0) is large.
        Assert.All(wide.NextBreakTests, t => Assert.Null(t.Critical));
        Assert.True(wide.NextBreakTests[0].Statistic > 20);
        Assert.Equal(0, wide.SequentialBreaks);
        // h = ⌊0.15 · 20⌋ = 3 rows cannot hold a regime of three coefficients.
        Assert.Throws<InsufficientDataException>(() => BaiPerron.Estimate("y", ["x1", "x2"], Period.All, sessions[..20], y[..20], [x1[..20], x2[..20]]));
    }
}
