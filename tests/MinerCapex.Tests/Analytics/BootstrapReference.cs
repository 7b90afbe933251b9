using System.Text.Json;

namespace MinerCapex.Tests.Analytics;

/// <summary>The values of Reference/analytics/make_bootstrap_reference.py (numpy/scipy/statsmodels, written from the papers).</summary>
public static class BootstrapReference
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonElement> Files = new();

    /// <summary>A reference file of Reference/analytics by name, parsed once.</summary>
    public static JsonElement Load(string name) => Files.GetOrAdd(name, n => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(StudyData.Load().Root, "tests", "MinerCapex.Tests", "Reference", "analytics", n))).RootElement);

    public static JsonElement Root => Load("bootstrap_reference.json");

    public static JsonElement Period(int year) => Root.GetProperty("periods").GetProperty(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Asserts an interval's estimate, quantiles and standard error against a reference summary.</summary>
    public static void Matches(JsonElement expected, MinerCapex.Analytics.BootstrapInterval actual, string what, double relative = Reference.Relative)
    {
        Reference.Close(expected.GetProperty("estimate").GetDouble(), actual.Estimate, what + " estimate", relative);
        Reference.Close(expected.GetProperty("lower").GetDouble(), actual.Lower, what + " 2.5%", relative);
        Reference.Close(expected.GetProperty("upper").GetDouble(), actual.Upper, what + " 97.5%", relative);
        Reference.Close(expected.GetProperty("se").GetDouble(), actual.StandardError, what + " s.e.", relative);
    }
}
