using BenchmarkDotNet.Attributes;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Panel;

namespace Benchmarks.EventStudies;

/// <summary>
/// Event study of 50 events × 500 stocks under model B (QQQ + BTC-USD) on 2,520 generated sessions;
/// compare with <c>pandas_eventstudy.py</c> beside this file.
/// </summary>
[MemoryDiagnoser]
public class EventStudyBenchmark
{
    private SessionPanel _panel = null!;
    private MarketEvent[] _events = null!;
    private StudyGroups _groups = null!;

    // The pandas script fits the plain window [-130,-11] and pools every row, so the comparison keeps those settings.
    private static readonly EventStudyOptions Options =
        EventStudyOptions.Default with { OtherEvents = OtherEventsInEstimation.Keep, PooledClusters = ClusterHandling.Keep };

    /// <summary>Generates the panel and prints a checksum to compare with the pandas script's.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _panel = SyntheticEventPanel.Build(stocks: 500, sessions: 2520);
        _events = SyntheticEventPanel.Events(_panel, 50);
        var stocks = _panel.Symbols.Skip(2).ToArray();
        _groups = StudyGroups.Of(
            new StudyGroup("all", stocks),
            new StudyGroup("even", stocks.Where((_, i) => i % 2 == 0).ToArray()),
            new StudyGroup("odd", stocks.Where((_, i) => i % 2 == 1).ToArray()));
        var r = EventStudy.Run(_panel, _events, _groups, Options);
        var w05 = r.Stocks.Select(s => s.Car(new EventWindow(0, 5))).Where(c => c.Status == CarStatus.Complete).ToArray();
        Console.WriteLine(FormattableString.Invariant(
            $"// checksum: fits={r.Stocks.Count} skipped={r.Skipped.Count} complete[0,+5]={w05.Length} sumCAR[0,+5]={w05.Sum(c => c.Car!.Value):R} sumT[0,+5]={w05.Sum(c => c.T!.Value):R}"));
    }

    /// <summary>The study itself: fits, ARs, CARs, per-stock, group and pooled tests, as typed records.</summary>
    [Benchmark(Baseline = true)]
    public EventStudyResult Run() => EventStudy.Run(_panel, _events, _groups, Options);

    /// <summary>The study plus the two DataFrames a notebook shows first (CARs and group tests).</summary>
    [Benchmark]
    public long RunWithFrames()
    {
        var r = EventStudy.Run(_panel, _events, _groups, Options);
        return r.CarsFrame.Rows.Count + r.GroupsFrame.Rows.Count;
    }
}
