using System.Text.Json;
using MinerCapex.Inference;
using Xunit;

namespace MinerCapex.Tests.Inference;

/// <summary>Holm and Benjamini–Hochberg against statsmodels' <c>multipletests</c> (make_reference.py).</summary>
public sealed class MultipleTestingTests
{
    public static TheoryData<string> Families => new() { "plain", "ties", "with_nan", "near_one" };

    [Theory]
    [MemberData(nameof(Families))]
    public void Holm_MatchesStatsmodels(string family)
    {
        var (p, holm, _) = Family(family);
        AssertClose(holm, MultipleTesting.Holm(p));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void BenjaminiHochberg_MatchesStatsmodels(string family)
    {
        var (p, _, bh) = Family(family);
        AssertClose(bh, MultipleTesting.BenjaminiHochberg(p));
    }

    [Fact]
    public void Adjust_NaNIsOutsideTheFamily()
    {
        var adjusted = MultipleTesting.Adjust([0.01, double.NaN, 0.02]);
        Assert.Equal(2, adjusted.FamilySize);
        Assert.True(double.IsNaN(adjusted.Holm[1]));
        Assert.Equal(0.02, adjusted.Holm[0], 12);
        Assert.Equal(0.02, adjusted.BenjaminiHochberg[2], 12);
    }

    [Fact]
    public void Adjust_HolmIsNeverBelowBenjaminiHochberg()
    {
        double[] p = [0.001, 0.3, 0.04, 0.0101, 0.7, 0.02];
        var a = MultipleTesting.Adjust(p);
        for (var i = 0; i < p.Length; i++)
        {
            Assert.True(a.Holm[i] >= a.BenjaminiHochberg[i] - 1e-15);
            Assert.True(a.BenjaminiHochberg[i] >= p[i] - 1e-15);
        }
    }

    [Fact]
    public void Holm_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Holm([0.5, 1.5]));

    internal static JsonElement Reference { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "Inference", "reference.json"))).RootElement;

    private static (double[] P, double[] Holm, double[] Bh) Family(string name)
    {
        var f = Reference.GetProperty("multiple_testing").GetProperty(name);
        return (Read(f.GetProperty("p")), Read(f.GetProperty("holm")), Read(f.GetProperty("bh")));
    }

    private static double[] Read(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble()).ToArray();

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (double.IsNaN(expected[i])) Assert.True(double.IsNaN(actual[i]), $"member {i} should be NaN");
            else Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }
}
