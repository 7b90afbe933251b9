using MinerCapex.Inference;

namespace MinerCapex.Analytics;

/// <summary>How a block bootstrap is drawn.</summary>
/// <param name="Draws">Replicates B; 2,000 by default.</param>
/// <param name="Seed">The seed of <see cref="StudyRandom"/>; each period or window draws from its own fork of it.</param>
/// <param name="BlockLength">The mean block length; null picks it by <see cref="Analytics.BlockLength.PolitisWhite"/>.</param>
public sealed record BootstrapOptions(int Draws = 2000, int Seed = StudyRandom.DefaultSeed, double? BlockLength = null)
{
    /// <summary>The study's default: 2,000 draws, seed 20251103, Politis–White block length.</summary>
    public static BootstrapOptions Default { get; } = new();
}
