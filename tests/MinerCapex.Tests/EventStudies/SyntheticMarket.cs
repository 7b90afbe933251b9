using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Tests.EventStudies;

/// <summary>Deterministic synthetic return panels and events for event-study tests.</summary>
internal sealed class SyntheticMarket
{
    private readonly Random _random;
    private readonly List<string> _symbols = [];
    private readonly List<double[]> _columns = [];

    public SyntheticMarket(int sessions, int seed = 7)
    {
        _random = new Random(seed);
        Sessions = BusinessDays(new DateOnly(2020, 1, 2), sessions);
    }

    public IReadOnlyList<DateOnly> Sessions { get; }

    public int Length => Sessions.Count;

    /// <summary>Gaussian draws with the given standard deviation (Box–Muller on the seeded generator).</summary>
    public double[] Noise(double sd)
    {
        var x = new double[Length];
        for (var i = 0; i < x.Length; i++)
        {
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            x[i] = sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
        return x;
    }

    public SyntheticMarket Add(string symbol, double[] column)
    {
        _symbols.Add(symbol);
        _columns.Add(column);
        return this;
    }

    public SessionPanel Panel() => new(Sessions, _symbols.ToArray(), _columns.ToArray());

    public static MarketEvent Event(string id, DateOnly firstSession, EventCategory category = EventCategory.AiCapex, string? cluster = null) =>
        new(id, firstSession, firstSession, EventTiming.PreMarket, category, [], null, null,
            "synthetic event", "https://example.invalid/" + id, "high", cluster);

    public MarketEvent EventAt(string id, int session, EventCategory category = EventCategory.AiCapex, string? cluster = null) =>
        Event(id, Sessions[session], category, cluster);

    private static DateOnly[] BusinessDays(DateOnly start, int count)
    {
        var days = new DateOnly[count];
        var d = start;
        for (var i = 0; i < count; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            days[i++] = d;
        }
        return days;
    }
}
