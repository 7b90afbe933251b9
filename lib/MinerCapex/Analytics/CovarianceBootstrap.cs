using MinerCapex.Inference;

namespace MinerCapex.Analytics;

/// <summary>
/// A stationary block bootstrap of a few series on one period's sessions: the sample covariance matrix and one per
/// draw, all drawn with the same resampled rows so that statistics of several pairs (a difference of two
/// correlations, a partial correlation) keep their joint distribution.
/// </summary>
/// <param name="Symbols">The series, the first being the one whose co-movement is studied (the miner index).</param>
/// <param name="Period">The period.</param>
/// <param name="Observations">Sessions of the period on which every series has a return (the rows resampled).</param>
/// <param name="BlockLength">The mean block length used.</param>
/// <param name="Seed">The seed of the stream (<see cref="StudyRandom.Fork"/> of the options' seed).</param>
/// <param name="Sample">The covariance on the original rows.</param>
/// <param name="Replicates">The covariance on each resample.</param>
public sealed record CovarianceBootstrap(
    IReadOnlyList<string> Symbols, Period Period, int Observations, double BlockLength, int Seed,
    SampleCovariance Sample, IReadOnlyList<SampleCovariance> Replicates)
{
    /// <summary>Number of draws B.</summary>
    public int Draws => Replicates.Count;

    /// <summary>Position of <paramref name="symbol"/> among <see cref="Symbols"/>.</summary>
    /// <exception cref="KeyNotFoundException">The symbol was not bootstrapped.</exception>
    public int IndexOf(string symbol)
    {
        for (var i = 0; i < Symbols.Count; i++)
            if (Symbols[i] == symbol) return i;
        throw new KeyNotFoundException($"'{symbol}' is not among the bootstrapped series ({string.Join(", ", Symbols)}).");
    }

    /// <summary>A statistic of the covariance on every draw.</summary>
    public double[] Replicated(Func<SampleCovariance, double> statistic)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return Replicates.Select(statistic).ToArray();
    }

    /// <summary>The statistic with its percentile interval and standard error.</summary>
    public BootstrapInterval Interval(Func<SampleCovariance, double> statistic)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return BootstrapInterval.Of(statistic(Sample), Replicated(statistic));
    }

    /// <summary>
    /// The change of a statistic from <paramref name="earlier"/> to <paramref name="later"/>: the draws of two
    /// periods are independent streams, so draw b of one minus draw b of the other is a draw of the change.
    /// </summary>
    /// <exception cref="ArgumentException">The two bootstraps have different numbers of draws.</exception>
    public static BootstrapInterval Change(CovarianceBootstrap earlier, CovarianceBootstrap later, Func<SampleCovariance, double> statistic)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (earlier.Draws != later.Draws) throw new ArgumentException($"The periods were drawn {earlier.Draws} and {later.Draws} times.", nameof(later));
        var (a, b) = (earlier.Replicated(statistic), later.Replicated(statistic));
        return BootstrapInterval.Of(statistic(later.Sample) - statistic(earlier.Sample), a.Select((x, i) => b[i] - x).ToList());
    }

    /// <summary>Draws the bootstrap of <paramref name="columns"/> (complete rows only) from <paramref name="random"/>.</summary>
    /// <exception cref="InsufficientDataException">Fewer than 10 rows.</exception>
    public static CovarianceBootstrap Draw(IReadOnlyList<string> symbols, Period period, IReadOnlyList<double[]> columns, double blockLength, int draws, StudyRandom random)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(random);
        var n = columns[0].Length;
        if (n < 10) throw new InsufficientDataException("The block bootstrap", 10, n);
        var all = Enumerable.Range(0, n).ToArray();
        var rows = new int[n];
        var replicates = new SampleCovariance[draws];
        for (var b = 0; b < draws; b++)
        {
            StationaryBootstrap.Resample(rows, blockLength, random);
            replicates[b] = SampleCovariance.Of(columns, rows);
        }
        return new CovarianceBootstrap(symbols, period, n, blockLength, random.Seed, SampleCovariance.Of(columns, all), replicates);
    }
}
