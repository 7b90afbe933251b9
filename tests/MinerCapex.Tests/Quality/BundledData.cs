using MinerCapex.Quality;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Quality;

/// <summary>One data-quality run over the bundled data/, shared by the tests that read it (the run reads 28 files).</summary>
public sealed class BundledReport
{
    /// <summary>The report with default options.</summary>
    public QualityReport Report { get; } = DataQuality.Run(Path.Combine(Fixture.RepoRoot, "data"));
}
