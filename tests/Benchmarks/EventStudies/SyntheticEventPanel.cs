using MinerCapex.Data;
using MinerCapex.Panel;

namespace Benchmarks.EventStudies;

/// <summary>
/// The generated market of the event-study benchmark: log returns of QQQ, BTC-USD and <c>N</c> stocks on
/// <c>T</c> business days, and evenly spaced events. <c>pandas_eventstudy.py</c> builds the same numbers
/// (splitmix64 draws, Box–Muller normals, the same listing gaps), so both sides study identical data.
/// </summary>
/// <remarks>
/// Stock j has <c>r = 0.0005 + βm·QQQ + βb·BTC + σ·z</c> with βm in [0.5, 2), βb in [0, 1), σ in [0.02, 0.06).
/// Every stock with j % 50 == 7 is listed on session 1000 (missing before), and every stock with
/// j % 20 == 3 misses every 97th session, so the run meets skips and incomplete windows.
/// </remarks>
public static class SyntheticEventPanel
{
    /// <summary>Builds the panel: columns QQQ, BTC-USD, then S000, S001, ...</summary>
    public static SessionPanel Build(int stocks, int sessions)
    {
        var rng = new SplitMix64(20250909);
        var qqq = rng.Normals(sessions, 0.012);
        var btc = rng.Normals(sessions, 0.03);
        var symbols = new List<string> { "QQQ", "BTC-USD" };
        var columns = new List<double[]> { qqq, btc };
        for (var j = 0; j < stocks; j++)
        {
            var bm = 0.5 + 1.5 * rng.NextDouble();
            var bb = rng.NextDouble();
            var sd = 0.02 + 0.04 * rng.NextDouble();
            var z = rng.Normals(sessions, 1.0);
            var y = new double[sessions];
            for (var t = 0; t < sessions; t++)
            {
                var listed = j % 50 != 7 || t >= 1000;
                var present = j % 20 != 3 || t % 97 != 0;
                y[t] = listed && present ? 0.0005 + bm * qqq[t] + bb * btc[t] + sd * z[t] : double.NaN;
            }
            symbols.Add($"S{j:D3}");
            columns.Add(y);
        }
        var days = new List<DateOnly>(sessions);
        for (var d = new DateOnly(2015, 1, 1); days.Count < sessions; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        return new SessionPanel(days, symbols, columns);
    }

    /// <summary><paramref name="count"/> events, day 0 at sessions 200, 246, 292, ...; alternately AI capex and BTC news.</summary>
    public static MarketEvent[] Events(SessionPanel panel, int count) =>
        Enumerable.Range(0, count).Select(e =>
        {
            var day = panel.Sessions[200 + 46 * e];
            var category = e % 2 == 0 ? EventCategory.AiCapex : EventCategory.Btc;
            return new MarketEvent($"E{e:D2}", day, day, EventTiming.PreMarket, category, [], null, null,
                "generated", "https://example.invalid", "high", null);
        }).ToArray();

    /// <summary>splitmix64 (Steele, Lea, Flood 2014): tiny, and easy to reproduce bit for bit in numpy.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public double NextDouble()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }

        public double[] Normals(int n, double sd)
        {
            var x = new double[n];
            for (var i = 0; i < n; i++)
            {
                var u1 = NextDouble();
                var u2 = NextDouble();
                x[i] = sd * Math.Sqrt(-2.0 * Math.Log(1.0 - u1)) * Math.Cos(2.0 * Math.PI * u2);
            }
            return x;
        }
    }
}
