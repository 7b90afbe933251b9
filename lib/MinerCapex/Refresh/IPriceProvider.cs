namespace MinerCapex.Refresh;

/// <summary>
/// A public source of daily bars. An implementation downloads one symbol's bars for a date range,
/// converts them to the figures of the bundled files (split-adjusted OHLC, total-return Adj Close) dated
/// by exchange-local session, and reports every failure as a <see cref="PriceDownloadException"/>.
/// </summary>
public interface IPriceProvider
{
    /// <summary>Short name shown in summaries, e.g. <c>Yahoo</c>.</summary>
    string Name { get; }

    /// <summary>Downloads the completed daily bars of <paramref name="symbol"/> dated from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="symbol">The provider's ticker, e.g. <c>CIFR</c> or <c>BTC-USD</c>.</param>
    /// <param name="from">First session date wanted (inclusive).</param>
    /// <param name="to">Last session date wanted (inclusive); null for everything up to now.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The bars, sorted by date with one bar per date.</returns>
    /// <exception cref="PriceDownloadException">The download failed; the message names the symbol and the cause.</exception>
    Task<PriceDownload> DownloadDailyAsync(string symbol, DateOnly from, DateOnly? to, CancellationToken cancellationToken = default);
}
