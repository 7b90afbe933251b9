using MinerCapex.Data;
using MinerCapex.EventStudies;

namespace MinerCapex.Tests.EventStudies;

/// <summary>The design rules of issue 19 on a synthetic market: estimation windows without other events, disjoint pools, the battery's identities, placebo p-values.</summary>
public class EventDayDesignTests
{
    private readonly SyntheticMarket _m = new(900, seed: 23);
    private readonly string[] _stocks = ["S1", "S2", "S3", "S4"];

    public EventDayDesignTests()
    {
        var qqq = _m.Noise(0.012);
        var btc = _m.Noise(0.03);
        var ai = _m.Noise(0.015);
        _m.Add("QQQ", qqq).Add("BTC-USD", btc).Add("AI_CAPEX", qqq.Select((q, i) => 1.1 * q + ai[i]).ToArray());
        foreach (var s in _stocks)
        {
            var e = _m.Noise(0.04);
            _m.Add(s, qqq.Select((q, i) => 1.2 * q + 0.5 * btc[i] + 0.3 * ai[i] + e[i]).ToArray());
        }
    }

    // Ten events 20 sessions apart from 600 on: each estimation window [-130,-11] holds several other events' spans.
    private MarketEvent[] Dense() =>
        [.. Enumerable.Range(0, 10).Select(k => _m.EventAt($"e{k}", 600 + 20 * k, k % 3 == 0 ? EventCategory.Btc : EventCategory.AiCapex))];

    [Fact]
    public void EstimationWindows_LeaveOutOtherEvents_AndReachBackToTheirLength()
    {
        var events = Dense();
        var result = EventStudy.Run(_m.Panel(), events, _stocks);
        var last = result.Events[^1];
        // Nine earlier events, each with a 7-session span [-1,+5], all inside the last event's reach.
        Assert.Equal(9 * 7, last.ExcludedSessions);
        var fit = result.Get("S1", last.Id)!.Fit;
        Assert.Equal(120, fit.Observations);
        Assert.Equal(_m.Sessions[780 - 11], fit.EstimationEnd);
        Assert.Equal(_m.Sessions[780 - 130 - 63], fit.EstimationStart);

        var fixedWindow = EventStudy.Run(_m.Panel(), events, _stocks, EventStudyOptions.Default with { OtherEvents = OtherEventsInEstimation.Exclude });
        Assert.Contains(fixedWindow.Skipped, s => s.EventId == last.Id && s.Observations == 120 - 6 * 7);
        var kept = EventStudy.Run(_m.Panel(), events, _stocks, EventStudyOptions.Default with { OtherEvents = OtherEventsInEstimation.Keep });
        Assert.Equal(0, kept.Events[^1].ExcludedSessions);
        Assert.Equal(_m.Sessions[780 - 130], kept.Get("S1", last.Id)!.Fit.EstimationStart);
    }

    [Fact]
    public void ComparedPools_ShareNoSession_AndTheSharedOneIsMixed()
    {
        MarketEvent[] events = [_m.EventAt("a", 600), _m.EventAt("b", 700, EventCategory.Btc), _m.EventAt("c", 700), _m.EventAt("d", 800, EventCategory.Btc)];
        var result = EventStudy.Run(_m.Panel(), events, _stocks);
        var pools = result.Disjoint("ai", "btc");
        Assert.Equal(["a"], pools.Days.Select(d => d.EventId));
        Assert.Equal(["d"], pools.OtherDays.Select(d => d.EventId));
        Assert.Equal(["b", "c"], pools.Mixed.Single().EventIds);
        var newsOnly = result.Disjoint("ai", "btc", e => e.Id != "d");
        Assert.Empty(newsOnly.OtherDays);
    }

    [Fact]
    public void Battery_KolariPynnonenIsTheBmpDeflatedByTheMeanCorrelation()
    {
        var result = EventStudy.Run(_m.Panel(), Dense(), _stocks, EventStudyOptions.Default with { Model = EventStudyModel.ThreeFactor });
        var b = result.Battery(result.Days("ai"), StudyGroups.Of("all", _stocks).Groups[0], new EventWindow(0, 1));
        var r = b.MeanCorrelation!.Value;
        Assert.Equal(b.BmpT!.Value * Math.Sqrt((1 - r) / (1 + (b.N - 1) * r)), b.KpT!.Value, 12);
        Assert.Equal(result.Days("ai").Count, b.Days);
        Assert.Equal(4 * b.Days, b.N);
        Assert.InRange(b.ExpectedPositiveShare!.Value, 0.3, 0.7);
        Assert.NotNull(result.Get("S1", "e1")!.Fit.AiBeta);
    }

    [Fact]
    public void PlaceboP_CountsTheRealValueAsOneDraw()
    {
        var two = new PlaceboDistribution("x", 1.0, [0.5, -2.0, 1.5, double.NaN], TwoSided: true);
        Assert.Equal(3.0 / 4.0, two.EmpiricalP); // |−2| and 1.5 are as extreme as 1, plus the real value, over 3 draws + 1
        var upper = new PlaceboDistribution("x", 1.0, [0.5, -2.0, 1.5], TwoSided: false);
        Assert.Equal(2.0 / 4.0, upper.EmpiricalP);
        Assert.Equal(0.5, upper.Quantile(0.5));
    }
}
