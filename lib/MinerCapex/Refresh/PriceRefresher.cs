using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>
/// Brings price files up to date from a provider: downloads each symbol from a start date, merges the bars into
/// <c>&lt;prices folder&gt;/&lt;SYMBOL&gt;.csv</c> (<see cref="PriceMerge"/>) and replaces the file atomically
/// (<see cref="PriceFileWriter.WriteAtomically(string, IReadOnlyList{PriceBar})"/>). Whatever fails, the existing file stays byte-identical.
/// A symbol the provider now serves under another ticker (<see cref="ProviderSymbols"/>) is downloaded as that ticker and
/// still written to its own file.
/// </summary>
public sealed class PriceRefresher
{
    private readonly IPriceProvider _provider;
    private readonly string _pricesDirectory;
    private readonly PriceRefreshOptions _options;
    private readonly ProviderSymbols _providerSymbols;

    /// <summary>Creates a refresher for the price files of one folder.</summary>
    /// <param name="provider">Where bars come from.</param>
    /// <param name="pricesDirectory">The folder of <c>&lt;SYMBOL&gt;.csv</c> files (<c>data/prices</c>).</param>
    /// <param name="options">Look-back and tolerance; <see cref="PriceRefreshOptions.Default"/> when null.</param>
    /// <param name="providerSymbols">The tickers to ask the provider for (<c>data/tickers.csv</c>); every symbol as itself when null.</param>
    public PriceRefresher(IPriceProvider provider, string pricesDirectory, PriceRefreshOptions? options = null, ProviderSymbols? providerSymbols = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(pricesDirectory);
        _provider = provider;
        _pricesDirectory = pricesDirectory;
        _options = options ?? PriceRefreshOptions.Default;
        _providerSymbols = providerSymbols ?? ProviderSymbols.None;
    }

    /// <summary>Refreshes each symbol in turn; one symbol's failure does not stop the others.</summary>
    /// <param name="symbols">Tickers; case does not matter, repeats are refreshed once.</param>
    /// <param name="from">First date to download; when null, each file's last date minus <see cref="PriceRefreshOptions.LookBackDays"/>.</param>
    /// <param name="cancellationToken">Stops the refresh; a file being written is left as it was.</param>
    public async Task<RefreshSummary> RefreshAsync(IEnumerable<string> symbols, DateOnly? from = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var results = new List<SymbolRefresh>();
        foreach (var symbol in symbols.Select(s => s.Trim().ToUpperInvariant()).Distinct())
            results.Add(await RefreshAsync(symbol, from, cancellationToken).ConfigureAwait(false));
        return new RefreshSummary(results);
    }

    /// <summary>Refreshes one symbol.</summary>
    /// <param name="symbol">The ticker, e.g. <c>CIFR</c>.</param>
    /// <param name="from">First date to download; when null, the file's last date minus <see cref="PriceRefreshOptions.LookBackDays"/>.</param>
    /// <param name="cancellationToken">Stops the refresh.</param>
    public async Task<SymbolRefresh> RefreshAsync(string symbol, DateOnly? from = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        symbol = symbol.Trim().ToUpperInvariant();
        var path = Path.Combine(_pricesDirectory, symbol + ".csv");
        SymbolRefresh Failed(RefreshOutcome outcome, string cause, DateOnly? start = null, PriceDownload? download = null, PriceMergeResult? merge = null) =>
            new(symbol, path, start, outcome, merge, download, $"{symbol}: {cause}", []);

        if (!Ticker.IsValid(symbol))
            return Failed(RefreshOutcome.InputInvalid, "not a ticker; expected letters, digits and . - ^ = only");

        // Someone who knows the new ticker may type it; the series lives under the study's symbol, and a KEEL.csv beside
        // BITF.csv would split one company in two.
        if (!File.Exists(path) && _providerSymbols.ServedAs(symbol) is { } renamed)
            return Failed(RefreshOutcome.InputInvalid,
                $"the provider's ticker for {renamed.Symbol} since {renamed.Since:yyyy-MM-dd} (tickers.csv); refresh {renamed.Symbol}, whose series is in {renamed.Symbol}.csv");

        IReadOnlyList<PriceBar> existing;
        try
        {
            // The reader demands strictly increasing dates, which the merge relies on.
            existing = File.Exists(path) ? PriceFile.Read(path).Bars : [];
        }
        catch (Exception e) when (e is DataFormatException or IOException or UnauthorizedAccessException)
        {
            return Failed(RefreshOutcome.InputInvalid, e.Message);
        }

        DateOnly start;
        if (from is { } given)
            start = given;
        else if (existing.Count > 0)
            start = existing[^1].Date.AddDays(-_options.LookBackDays);
        else
            return Failed(RefreshOutcome.InputInvalid, $"{path} does not exist yet; give a start date (--from) to create it");

        var providerSymbol = _providerSymbols.Of(symbol);
        PriceDownload download;
        try
        {
            download = await _provider.DownloadDailyAsync(providerSymbol, start, null, cancellationToken).ConfigureAwait(false);
        }
        catch (PriceDownloadException e)
        {
            // The provider names the ticker it was asked for; the user asked for the study's symbol.
            var error = providerSymbol == symbol ? e.Message : $"{symbol} (served as {providerSymbol}): {e.Cause}";
            return new SymbolRefresh(symbol, path, start, RefreshOutcome.DownloadFailed, null, null, error, []);
        }

        var merge = PriceMerge.Merge(existing, download.Bars, _options.RelativeTolerance);
        var warnings = StaleAdjustments(existing, start, download.Actions);
        if (!merge.Changed)
            return new SymbolRefresh(symbol, path, start, RefreshOutcome.UpToDate, merge, download, null, warnings);

        try
        {
            PriceFileWriter.WriteAtomically(path, merge.Bars);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(RefreshOutcome.WriteFailed, $"{path} was left as it was: {e.Message}", start, download, merge);
        }
        return new SymbolRefresh(symbol, path, start, RefreshOutcome.Updated, merge, download, null, warnings);
    }

    /// <summary>
    /// A split or dividend inside the downloaded range changes the adjusted figures of every earlier bar, and the
    /// bars before the range were not downloaded again.
    /// </summary>
    private static List<string> StaleAdjustments(IReadOnlyList<PriceBar> existing, DateOnly start, IReadOnlyList<CorporateAction> actions)
    {
        var warnings = new List<string>();
        if (existing.Count == 0 || existing[0].Date >= start)
            return warnings;
        foreach (var action in actions)
        {
            var stale = action.Kind == CorporateActionKind.Split ? "Open, High, Low, Close, Adj Close and Volume" : "Adj Close";
            warnings.Add($"{action}: {stale} before {start:yyyy-MM-dd} do not reflect it; refresh with --from {existing[0].Date:yyyy-MM-dd} to re-adjust them");
        }
        return warnings;
    }
}
