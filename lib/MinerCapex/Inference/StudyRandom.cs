using MathNet.Numerics.Random;

namespace MinerCapex.Inference;

/// <summary>
/// The one source of random draws for every resampling in the study (block bootstraps, placebo event days), so
/// that a report, its rerun and the reference scripts see the same draws.
/// </summary>
/// <remarks>
/// The stream is MT19937 (MathNet's <see cref="MersenneTwister"/>) initialised with Matsumoto and Nishimura's
/// <c>init_genrand(seed)</c>, the same seeding as numpy's legacy <c>RandomState(seed)</c>. A uniform draw is
/// <c>genrand_int32() / 2³²</c>, in [0, 1), and an index in [0, n) is <c>floor(u · n)</c>, so a Python script can
/// replay the draws exactly (see <c>tests/MinerCapex.Tests/Inference/make_reference.py</c>). Not thread-safe: give
/// each parallel task its own instance, derived with <see cref="Fork"/>.
/// </remarks>
public sealed class StudyRandom
{
    /// <summary>The seed the notebooks use unless a parameter says otherwise.</summary>
    public const int DefaultSeed = 20251103;

    private readonly MersenneTwister _twister;

    /// <summary>Starts the stream of <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seed"/> is negative.</exception>
    public StudyRandom(int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        Seed = seed;
        _twister = new MersenneTwister(seed, threadSafe: false);
    }

    /// <summary>The seed this stream started from, for captions ("seed 20251103").</summary>
    public int Seed { get; }

    /// <summary>A uniform draw in [0, 1) with 32 bits of resolution.</summary>
    public double NextUniform() => _twister.NextDouble();

    /// <summary>A uniform index in [0, <paramref name="count"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public int NextIndex(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Math.Min(count - 1, (int)(NextUniform() * count));
    }

    /// <summary>
    /// An independent stream for the <paramref name="stream"/>-th of several parallel tasks, seeded
    /// <c>seed + 7919 · (stream + 1)</c> modulo 2³¹ so that each task's draws are fixed whatever the scheduling.
    /// </summary>
    public StudyRandom Fork(int stream)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stream);
        return new StudyRandom((int)((Seed + 7919L * (stream + 1)) % int.MaxValue));
    }
}
