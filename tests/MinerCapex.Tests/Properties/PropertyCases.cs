namespace MinerCapex.Tests.Properties;

/// <summary>
/// Seeded random cases for the property tests: each property is checked on <see cref="Count"/> series drawn from
/// one fixed seed, so a failure names a case that reruns the same way.
/// </summary>
internal sealed class PropertyCases(int seed)
{
    public const int Count = 200;

    private readonly Random _random = new(seed);

    public int Int(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public double Uniform(double min, double max) => min + (max - min) * _random.NextDouble();

    /// <summary>Gaussian draws (Box–Muller) with a random scale and, now and then, a missing value (NaN).</summary>
    public double[] Series(int length, double missingShare = 0.0)
    {
        var scale = Uniform(0.001, 5);
        var x = new double[length];
        for (var i = 0; i < length; i++)
        {
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            x[i] = _random.NextDouble() < missingShare ? double.NaN : scale * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
        return x;
    }

    /// <summary><paramref name="x"/> mixed with fresh noise in a random proportion, so correlations of every sign and size occur.</summary>
    public double[] Related(double[] x)
    {
        var weight = Uniform(-1, 1);
        var noise = Series(x.Length);
        return [.. x.Select((v, i) => weight * v + (1 - Math.Abs(weight)) * noise[i])];
    }
}
