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
    public static readonly string[] AiCapex = ["AMZN", "MSFT", "GOOGL", "META", "ORCL", "NVDA"];
    public static readonly string[] Factors = ["BTC-USD", StudyBaskets.AiCapexIndex, "QQQ"];

    private static readonly Lazy<StudyData> Instance = new(() => new StudyData());

    private StudyData()
    {
        Market = MarketData.Load();
        Root = Path.GetDirectoryName(Market.DataDirectory.TrimEnd(Path.DirectorySeparatorChar))!;
        Prices = Market.Prices;
        Histories = Market.Symbols.ToDictionary(s => s, Market.History);
        MinerIndex = Market.MinerIndexSeries();
        AiIndex = Market.AiCapexIndexSeries();
        Returns = Market.StudyReturns();
        Reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "MinerCapex.Tests", "Reference", "analytics", "reference.json"))).RootElement;
    }

    public static StudyData Load() => Instance.Value;

    public MarketData Market { get; }

    public string Root { get; }

    public IReadOnlyDictionary<string, PriceHistory> Histories { get; }

    public SessionPanel Prices { get; }

    /// <summary>Log returns of every symbol plus MINERS and AI_CAPEX.</summary>
    public SessionPanel Returns { get; }

    public IndexSeries MinerIndex { get; }

    public IndexSeries AiIndex { get; }

    public JsonElement Reference { get; }

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Comparisons against reference values: purely relative (tiny p-values and intercepts too), NaN only where the reference is missing.</summary>
public static class Reference
{
    public const double Relative = 1e-9;

    public static double Value(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    public static double[] Array(JsonElement e) => e.EnumerateArray().Select(Value).ToArray();

    public static void Close(double expected, double actual, string what, double relative = Relative)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected missing (NaN), got {actual:R}");
            return;
        }
        var tolerance = relative * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (difference {actual - expected:E3}, tolerance {tolerance:E3})");
    }

    /// <summary>An index against its reference entry (members, simple and log returns, levels, constituents); returns how many simple returns were defined.</summary>
    public static int Index(JsonElement expected, MinerCapex.Indices.IndexSeries index, string what)
    {
        Assert.Equal(expected.GetProperty("members").EnumerateArray().Select(m => m.GetString()), index.Members);
        var defined = Series(Array(expected.GetProperty("simple")), index.SimpleReturns, what + " simple");
        Series(Array(expected.GetProperty("log")), index.LogReturns, what + " log");
        Series(Array(expected.GetProperty("level")), index.Levels, what + " level");
        Assert.Equal(expected.GetProperty("constituents").EnumerateArray().Select(c => c.GetInt32()), index.Constituents);
        return defined;
    }

    /// <summary>Element-wise comparison; returns how many values were defined (so tests can check they compared something).</summary>
    public static int Series(double[] expected, double[] actual, string what, double relative = Relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Close(expected[i], actual[i], $"{what}[{i}]", relative);
        return expected.Count(v => !double.IsNaN(v));
    }
}
