namespace MinerCapex.Refresh;

/// <summary>How a refresh chooses its range and judges revisions.</summary>
public sealed record PriceRefreshOptions
{
    /// <summary>The defaults: a 7-day look-back, a 1e-9 relative tolerance.</summary>
    public static PriceRefreshOptions Default { get; } = new();

    /// <summary>
    /// Without an explicit start, the download starts this many calendar days before the file's last date, so that
    /// the provider's late revisions of recent bars (volume, adjusted close) are caught. 7 days spans a long weekend
    /// plus the last few sessions.
    /// </summary>
    public int LookBackDays { get; init; } = 7;

    /// <summary>Values within this relative difference are the same and keep the file's text; see <see cref="PriceMerge"/>.</summary>
    public double RelativeTolerance { get; init; } = PriceMerge.DefaultRelativeTolerance;
}
