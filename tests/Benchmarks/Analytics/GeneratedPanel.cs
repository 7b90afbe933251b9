using MinerCapex.Panel;

namespace Benchmarks.Analytics;

/// <summary>
/// A deterministic panel of daily log returns with a factor structure, the size the issue asks for:
/// 500 symbols × 2,520 sessions (ten years). Symbol i loads on three factors F1..F3 (also columns) plus
/// idiosyncratic noise; optionally the first tenth of the symbols start late (missing values), which
/// forces the pairwise-complete correlation engine.
/// </summary>
internal static class GeneratedPanel
{
    public const int Symbols = 500;
    public const int Sessions = 2520;
    public static readonly string[] Factors = ["F1", "F2", "F3"];

    public static SessionPanel Create(bool withMissing)
    {
        var rng = new Random(20260130);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var factors = Factors.Select(_ => Enumerable.Range(0, Sessions).Select(_ => 0.01 * Normal()).ToArray()).ToArray();
        var columns = new List<double[]>(factors);
        for (var i = 0; i < Symbols; i++)
        {
            var b = new[] { 0.5 + rng.NextDouble(), rng.NextDouble(), rng.NextDouble() - 0.3 };
            var col = new double[Sessions];
            for (var t = 0; t < Sessions; t++)
                col[t] = 0.0002 + b[0] * factors[0][t] + b[1] * factors[1][t] + b[2] * factors[2][t] + 0.02 * Normal();
            if (withMissing && i < Symbols / 10)
                Array.Fill(col, double.NaN, 0, rng.Next(50, Sessions / 2)); // listed late
            columns.Add(col);
        }
        var start = new DateOnly(2016, 1, 4);
        var dates = new List<DateOnly>(Sessions);
        for (var d = start; dates.Count < Sessions; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) dates.Add(d);
        return new SessionPanel(dates, [.. Factors, .. Enumerable.Range(0, Symbols).Select(i => $"S{i:000}")], columns);
    }

    public static IReadOnlyList<string> StockSymbols(SessionPanel panel) => panel.Symbols.Skip(Factors.Length).ToList();
}
