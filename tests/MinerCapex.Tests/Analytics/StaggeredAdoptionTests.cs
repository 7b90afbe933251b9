using System.Text.Json;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MinerCapex.Analytics;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Analytics;

public class StaggeredAdoptionTests
{
    private const double Relative = 1e-8;
    private static readonly string[] Factors = ["BTC-USD", "AI_ORTH", "QQQ"];
    private static readonly StudyData Data = StudyData.Load();
    private static readonly Lazy<StackedEstimate> Study = new(() => StaggeredAdoption.Fit(StudyPanel(), StudyData.Miners.Select(m => new AdoptionUnit(m, Data.Market.AiPivotFrom(m))).ToList(), Factors));
    private static readonly JsonElement Expected = BootstrapReference.Load("staggered_reference.json");

    // The study's returns with the AI basket orthogonalised to QQQ year by year (2024, 2025, 2026), as notebook 3 fits it.
    private static SessionPanel StudyPanel() =>
        Data.Returns.With("AI_ORTH", Data.Returns.Orthogonalised("AI_CAPEX", "QQQ", [Period.Year(2024), Period.Year(2025), Period.Year(2026)]));

    [Fact]
    public void Stacks_CohortsClean_ControlsAndTruncation_MatchTheReferenceScript()
    {
        var stacks = Study.Value.Stacks;
        var cohorts = Expected.GetProperty("cohorts").EnumerateArray().ToList();
        Assert.Equal(cohorts.Count, stacks.Count);
        for (var k = 0; k < stacks.Count; k++)
        {
            var (s, c) = (stacks[k], cohorts[k]);
            Assert.Equal(c.GetProperty("treatment").GetString(), s.Treatment.ToString("yyyy-MM-dd"));
            Assert.Equal(c.GetProperty("treated").EnumerateArray().Select(x => x.GetString()), s.Treated);
            Assert.Equal(c.GetProperty("controls").EnumerateArray().Select(x => x.GetString()), s.Controls);
            Assert.Equal(c.GetProperty("first").GetString(), s.First.ToString("yyyy-MM-dd"));
            Assert.Equal(c.GetProperty("last").GetString(), s.Last.ToString("yyyy-MM-dd"));
            Assert.Equal(c.GetProperty("sessions_before").GetInt32(), s.SessionsBefore);
            Assert.Equal(c.GetProperty("sessions_after").GetInt32(), s.SessionsAfter);
            Assert.Equal(c.GetProperty("bins").EnumerateArray().Select(x => x.GetInt32()), s.Bins);
            Assert.Equal(c.GetProperty("observations").GetInt32(), s.Observations);
        }
        // CORZ's window starts before its relisting and before the study's first period: truncated, its first bins left out.
        Assert.True(stacks[0].TruncatedBefore);
        Assert.DoesNotContain(-5, stacks[0].Bins);
        // An already-treated miner is never a control: CORZ controls nobody's stack after its own date.
        Assert.All(stacks.Skip(1), s => Assert.DoesNotContain("CORZ", s.Controls));
        Assert.Empty(Study.Value.Skipped);
    }

    [Fact]
    public void EventPath_CoefficientsAndDriscollKraayErrors_MatchStatsmodelsHacGroupsum()
    {
        var estimate = Study.Value;
        Assert.Equal(Expected.GetProperty("n").GetInt32(), estimate.Observations);
        Assert.Equal(Expected.GetProperty("time_periods").GetInt32(), estimate.TimePeriods);
        Assert.Equal(Expected.GetProperty("lag").GetInt32(), estimate.Lag);
        Assert.Equal(Expected.GetProperty("parameters").GetInt32(), estimate.Parameters);
        var compared = 0;
        foreach (var factor in Factors)
        {
            var expected = Expected.GetProperty("event").GetProperty(factor).EnumerateObject().ToList();
            var path = estimate.PathOf(factor);
            Assert.Equal(expected.Select(e => int.Parse(e.Name, System.Globalization.CultureInfo.InvariantCulture)), path.Select(e => e.Bin!.Value));
            foreach (var (e, p) in expected.Zip(path))
            {
                Reference.Close(e.Value.GetProperty("coef").GetDouble(), p.Estimate, $"{factor} bin {p.Bin} δ", Relative);
                Reference.Close(e.Value.GetProperty("se").GetDouble(), p.StandardError, $"{factor} bin {p.Bin} DK s.e.", Relative);
                compared++;
            }
        }
        Assert.Equal(33, compared);
    }

    [Fact]
    public void PostEffectsAndPreTrendTests_MatchStatsmodels()
    {
        foreach (var factor in Factors)
        {
            var post = Expected.GetProperty("post").GetProperty(factor);
            var e = Study.Value.PostOf(factor);
            Reference.Close(post.GetProperty("coef").GetDouble(), e.Estimate, $"{factor} post δ", Relative);
            Reference.Close(post.GetProperty("se").GetDouble(), e.StandardError, $"{factor} post s.e.", Relative);
            Reference.Close(post.GetProperty("z").GetDouble(), e.Z, $"{factor} post z", Relative);
            Reference.Close(post.GetProperty("p").GetDouble(), e.P, $"{factor} post p", Relative);
            var pre = Expected.GetProperty("pretrend").GetProperty(factor);
            var w = Study.Value.PreTrendOf(factor);
            Assert.Equal(pre.GetProperty("df").GetInt32(), w.DegreesOfFreedom);
            Reference.Close(pre.GetProperty("stat").GetDouble(), w.Statistic, $"{factor} pre-trend W", Relative);
            Reference.Close(pre.GetProperty("p").GetDouble(), w.P, $"{factor} pre-trend p", Relative);
        }
    }

    // A generated panel: 10 units, 3 factors, 640 sessions; four units treated at staggered dates, and when shifted their
    // bitcoin-like beta rises by 0.8 from the treatment session on. Noise shares a common daily shock (cross-correlation).
    private static StackedEstimate Synthetic(double shift, int seed)
    {
        const int n = 640, units = 10;
        var rng = new MersenneTwister(seed);
        var sessions = Enumerable.Range(0, n).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).ToList();
        var factors = Enumerable.Range(0, 3).Select(_ => Normal.Samples(rng, 0, 0.02).Take(n).ToArray()).ToArray();
        var common = Normal.Samples(rng, 0, 0.01).Take(n).ToArray();
        int?[] treatedAt = [150, 260, 260, 400, null, null, null, null, null, null];
        var columns = new List<double[]>(factors);
        for (var u = 0; u < units; u++)
        {
            var noise = Normal.Samples(rng, 0, 0.02).Take(n).ToArray();
            var betas = new[] { 1.0 + 0.1 * u, 0.3, 0.8 };
            columns.Add(Enumerable.Range(0, n).Select(t =>
                (betas[0] + (treatedAt[u] is { } tau && t >= tau ? shift : 0)) * factors[0][t] + betas[1] * factors[1][t] + betas[2] * factors[2][t] + common[t] + noise[t]).ToArray());
        }
        var names = new[] { "F1", "F2", "F3" }.Concat(Enumerable.Range(0, units).Select(u => $"U{u}")).ToList();
        var panel = new SessionPanel(sessions, names, columns);
        var adoption = Enumerable.Range(0, units).Select(u => new AdoptionUnit($"U{u}", treatedAt[u] is { } t ? sessions[t] : null)).ToList();
        return StaggeredAdoption.Fit(panel, adoption, ["F1", "F2", "F3"]);
    }

    [Fact]
    public void GeneratedPanel_KnownBetaShiftAtKnownDates_IsRecoveredAndOnlyWhereItIs()
    {
        var estimate = Synthetic(shift: 0.8, seed: 11);
        Assert.Equal(3, estimate.Stacks.Count);
        Assert.Equal(["U1", "U2"], estimate.Stacks[1].Treated);
        var btc = estimate.PostOf("F1");
        Assert.InRange(0.8, btc.Lower, btc.Upper);
        Assert.True(btc.P < 1e-6, $"shift of 0.8 not detected: p = {btc.P}");
        Assert.True(estimate.PostOf("F2").P > 0.05, "no shift on F2, yet it rejects");
        // Every post bin recovers the shift within 3.5 standard errors; every pre bin is within 3.5 of zero.
        Assert.All(estimate.PathOf("F1").Where(e => e.Bin >= 0), e => Assert.InRange(e.Estimate, 0.8 - 3.5 * e.StandardError, 0.8 + 3.5 * e.StandardError));
        Assert.All(estimate.PathOf("F1").Where(e => e.Bin < 0), e => Assert.InRange(e.Estimate, -3.5 * e.StandardError, 3.5 * e.StandardError));
        Assert.True(estimate.PreTrendOf("F1").P > 0.05, $"no pre-trend was generated, yet p = {estimate.PreTrendOf("F1").P}");
    }

    [Fact]
    public void GeneratedPanel_Placebo_NoShift_GivesNoPreTrendAndNoPostEffect()
    {
        var estimate = Synthetic(shift: 0, seed: 5);
        Assert.All(estimate.PreTrends, w => Assert.True(w.P > 0.05, $"{w.Factor}: placebo pre-trend p = {w.P}"));
        // Six tests of true nulls at 5% reject once in a while; at 1% none should here.
        Assert.All(estimate.Post, e => Assert.True(e.P > 0.01, $"{e.Factor}: placebo post p = {e.P}"));
        Assert.All(estimate.PreTrends, w => Assert.Equal(5, w.DegreesOfFreedom));
    }

    [Fact]
    public void Fit_NoCleanControl_SaysWhichCohortAndWhy()
    {
        var sessions = Enumerable.Range(0, 300).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).ToList();
        var rng = new MersenneTwister(3);
        var cols = Enumerable.Range(0, 3).Select(_ => Normal.Samples(rng, 0, 0.02).Take(300).ToArray()).ToList();
        var panel = new SessionPanel(sessions, ["F", "A", "B"], cols);
        var error = Assert.Throws<ArgumentException>(() => StaggeredAdoption.Fit(panel, [new AdoptionUnit("A", sessions[150]), new AdoptionUnit("B", sessions[160])], ["F"]));
        Assert.Contains("no clean control", error.Message);
    }
}
