using System.Globalization;
using System.Text.Json;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Analytics;

/// <summary>
/// The bundled data as the study uses it, and the pandas/statsmodels reference values computed from it
/// by Reference/analytics/make_reference.py. Loaded once per test run.
/// </summary>
public sealed class StudyData
{
    public static readonly string[] Miners = ["MARA", "RIOT", "CLSK", "CIFR", "IREN", "WULF", "HUT", "BITF", "CORZ", "BTDR", "APLD", "HIVE"];
    public static readonly string[] Factors = ["BTC-USD", StudyBaskets.AiCapexIndex, "QQQ"];

    private static readonly Lazy<StudyData> Instance = new(() => new StudyData());

    private StudyData()
    {
        Root = FindRoot();
        Histories = Directory.GetFiles(Path.Combine(Root, "data", "prices"), "*.csv")
            .Select(ReadHistory).OrderBy(h => h.Symbol, StringComparer.Ordinal).ToDictionary(h => h.Symbol);
        Prices = BuildPanel(Histories);
        MinerIndex = Prices.Build(Miners, StudyBaskets.MinerIndex);
        AiIndex = Prices.Build(StudyBaskets.AiCapexMembers, StudyBaskets.AiCapexIndex);
        Returns = Prices.ToLogReturns().WithLogReturns(MinerIndex, AiIndex);
        Reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "MinerCapex.Tests", "Reference", "analytics", "reference.json"))).RootElement;
    }

    public static StudyData Load() => Instance.Value;

    public string Root { get; }

    public IReadOnlyDictionary<string, PriceHistory> Histories { get; }

    public SessionPanel Prices { get; }

    /// <summary>Log returns of every symbol plus MINERS and AI_CAPEX.</summary>
    public SessionPanel Returns { get; }

    public IndexSeries MinerIndex { get; }

    public IndexSeries AiIndex { get; }

    public JsonElement Reference { get; }

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MinerCapex.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Repository root (MinerCapex.slnx) not found above " + AppContext.BaseDirectory);
    }

    // Until the loader of issue 2 lands: the same definitions, read directly. Price = Adj Close, else
    // Close; a placeholder bar (Volume 0, O=H=L=C=previous Close) is missing; sessions are SPY's dates.
    private static PriceHistory ReadHistory(string path)
    {
        static double? Field(string s) => s == "null" ? null : double.Parse(s, CultureInfo.InvariantCulture);
        var bars = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split(',');
            return new PriceBar(Day(f[0]), Field(f[1]), Field(f[2]), Field(f[3]), Field(f[4]), Field(f[5]), Field(f[6]));
        }).ToList();
        return new PriceHistory(Path.GetFileNameWithoutExtension(path), path, bars);
    }

    private static SessionPanel BuildPanel(IReadOnlyDictionary<string, PriceHistory> histories)
    {
        var sessions = histories["SPY"].Bars.Select(b => b.Date).ToList();
        var row = sessions.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var symbols = histories.Keys.ToList();
        var columns = symbols.Select(s =>
        {
            var col = Enumerable.Repeat(double.NaN, sessions.Count).ToArray();
            var bars = histories[s].Bars;
            for (var i = 0; i < bars.Count; i++)
            {
                var b = bars[i];
                var placeholder = i > 0 && b.Volume == 0 && b.Open == b.High && b.High == b.Low && b.Low == b.Close && b.Close == bars[i - 1].Close;
                if (row.TryGetValue(b.Date, out var t) && !placeholder) col[t] = b.StudyPrice ?? double.NaN;
            }
            return col;
        }).ToList();
        return new SessionPanel(sessions, symbols, columns);
    }
}

/// <summary>Comparisons against reference values: relative tolerance with a tiny absolute floor for values near zero.</summary>
public static class Reference
{
    public const double Relative = 1e-9;
    public const double AbsoluteFloor = 1e-13;

    public static double Value(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    public static double[] Array(JsonElement e) => e.EnumerateArray().Select(Value).ToArray();

    public static void Close(double expected, double actual, string what, double relative = Relative)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected missing (NaN), got {actual:R}");
            return;
        }
        var tolerance = relative * Math.Abs(expected) + AbsoluteFloor;
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (difference {actual - expected:E3}, tolerance {tolerance:E3})");
    }

    /// <summary>Element-wise comparison; returns how many values were defined (so tests can check they compared something).</summary>
    public static int Series(double[] expected, double[] actual, string what, double relative = Relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Close(expected[i], actual[i], $"{what}[{i}]", relative);
        return expected.Count(v => !double.IsNaN(v));
    }
}
