using MinerCapex.Inference;
using Xunit;

namespace MinerCapex.Tests.Inference;

/// <summary>The shared random stream replays numpy's <c>RandomState(seed)</c> draw for draw (make_reference.py).</summary>
public sealed class StudyRandomTests
{
    [Theory]
    [InlineData(20251103)]
    [InlineData(0)]
    [InlineData(12345)]
    public void Uniforms_ReplayNumpyMt19937(int seed)
    {
        var expected = MultipleTestingTests.Reference.GetProperty("draws").GetProperty(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var random = new StudyRandom(seed);
        var first = expected.GetProperty("uniform_first").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        foreach (var u in first) Assert.Equal(u, random.NextUniform(), 15);
        for (var k = first.Length; k < 999; k++) random.NextUniform();
        Assert.Equal(expected.GetProperty("uniform_1000th").GetDouble(), random.NextUniform(), 15);
    }

    [Theory]
    [InlineData(20251103)]
    [InlineData(12345)]
    public void Indices_ReplayNumpy(int seed)
    {
        var expected = MultipleTestingTests.Reference.GetProperty("draws").GetProperty(seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetProperty("index_37").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var random = new StudyRandom(seed);
        Assert.Equal(expected, expected.Select(_ => random.NextIndex(37)).ToArray());
    }

    [Fact]
    public void Fork_IsFixedAndDistinct()
    {
        var a = new StudyRandom(7).Fork(1);
        var b = new StudyRandom(7).Fork(1);
        var c = new StudyRandom(7).Fork(2);
        var drawsA = Enumerable.Range(0, 5).Select(_ => a.NextUniform()).ToArray();
        Assert.Equal(drawsA, Enumerable.Range(0, 5).Select(_ => b.NextUniform()).ToArray());
        Assert.NotEqual(drawsA, Enumerable.Range(0, 5).Select(_ => c.NextUniform()).ToArray());
    }

    [Fact]
    public void NextIndex_NonPositiveCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StudyRandom(1).NextIndex(0));
}
