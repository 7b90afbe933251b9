using MinerCapex.Quality;

namespace MinerCapex.Tests.Quality;

/// <summary>
/// One data-quality run over the bundled data/, shared by the tests that read it (the run reads 31 files). It is
/// called without a path, so the data folder is found the way a notebook finds it.
/// </summary>
public sealed class BundledReport
{
    /// <summary>The report with default options.</summary>
    public QualityReport Report { get; } = DataQuality.Run();
}
