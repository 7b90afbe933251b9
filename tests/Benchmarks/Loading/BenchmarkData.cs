using System.Globalization;
using System.Text;

namespace Benchmarks.Loading;

/// <summary>Where the load benchmarks read from: the bundled snapshot, and a generated universe in the same layout.</summary>
public static class BenchmarkData
{
    /// <summary>The clone's <c>data/</c> folder, found by walking up from the benchmark's binaries.</summary>
    public static string BundledDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(data, "prices"))) return data;
        }
        throw new DirectoryNotFoundException($"No data/prices above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// Writes <paramref name="symbols"/> price files of <paramref name="sessions"/> weekday sessions each into
    /// <c><paramref name="dataDirectory"/>/prices/</c>, in Yahoo's layout: SPY (the calendar) plus
    /// <c>S0001</c>... Prices are float32 values widened to double and printed round-trip, the way Yahoo's
    /// files carry them (<c>0.6399999856948853</c>). One symbol in five lists late, one in ten has a null
    /// Adj Close throughout. The content depends only on the arguments.
    /// </summary>
    public static void WriteGenerated(string dataDirectory, int symbols, int sessions)
    {
        var prices = Path.Combine(dataDirectory, "prices");
        Directory.CreateDirectory(prices);
        var days = Weekdays(new DateOnly(2016, 1, 4), sessions);
        for (var s = 0; s < symbols; s++)
        {
            var symbol = s == 0 ? "SPY" : $"S{s:D4}";
            var random = new Random(s + 1);
            var start = s > 0 && s % 5 == 0 ? random.Next(sessions / 2) : 0;
            var noAdj = s > 0 && s % 10 == 3;
            var text = new StringBuilder(sessions * 120);
            text.Append("Date,Open,High,Low,Close,Adj Close,Volume\n");
            var close = 5 + 200 * random.NextDouble();
            for (var t = start; t < sessions; t++)
            {
                var open = close * (1 + 0.01 * Normal(random));
                close = Math.Max(0.01, open * (1 + 0.03 * Normal(random)));
                var high = Math.Max(open, close) * (1 + 0.01 * random.NextDouble());
                var low = Math.Min(open, close) * (1 - 0.01 * random.NextDouble());
                var adj = close * (1 - 0.0001 * (sessions - t) / sessions);
                text.Append(days[t].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                    .Append(F(open)).Append(',').Append(F(high)).Append(',').Append(F(low)).Append(',').Append(F(close)).Append(',')
                    .Append(noAdj ? "null" : F(adj)).Append(',')
                    .Append(random.Next(10_000, 90_000_000).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
            File.WriteAllText(Path.Combine(prices, symbol + ".csv"), text.ToString());
        }
    }

    private static string F(double x) => ((double)(float)x).ToString("R", CultureInfo.InvariantCulture);

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    private static DateOnly[] Weekdays(DateOnly first, int count)
    {
        var days = new DateOnly[count];
        var d = first;
        for (var i = 0; i < count; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days[i++] = d;
        }
        return days;
    }
}
