using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>
/// Which ticker to ask the provider for, for each symbol of the study: the symbol itself, unless <c>data/tickers.csv</c>
/// says the provider now serves its series under another ticker (Bitfarms' <c>BITF</c> as Keel Infrastructure's <c>KEEL</c>).
/// The price file keeps the study's symbol either way, so a rename costs one row of that file and no code.
/// </summary>
public sealed class ProviderSymbols
{
    private readonly Dictionary<string, TickerAlias> _aliases = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No aliases: every symbol is asked for as itself.</summary>
    public static ProviderSymbols None { get; } = new([]);

    /// <summary>Creates the mapping from alias rows (as <see cref="TickerAliasFile.Read"/> returns them).</summary>
    /// <exception cref="ArgumentException">A symbol has two rows.</exception>
    public ProviderSymbols(IEnumerable<TickerAlias> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (var alias in aliases)
        {
            if (!_aliases.TryAdd(alias.Symbol, alias))
                throw new ArgumentException($"{alias.Symbol} has two aliases ({_aliases[alias.Symbol].ProviderSymbol} and {alias.ProviderSymbol}).", nameof(aliases));
        }
    }

    /// <summary>
    /// The aliases of a data folder: <c>tickers.csv</c> when it exists, <see cref="None"/> when it does not (a folder made
    /// before the file existed still refreshes, each symbol as itself).
    /// </summary>
    /// <param name="dataDirectory">The data folder (the one holding <c>prices/</c>).</param>
    /// <exception cref="DataFormatException">The file exists but is malformed; the message names file, line, column and value.</exception>
    public static ProviderSymbols Load(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = Path.Combine(dataDirectory, TickerAliasFile.FileName);
        return File.Exists(path) ? new ProviderSymbols(TickerAliasFile.Read(path)) : None;
    }

    /// <summary>The alias row of <paramref name="symbol"/>, or null when the provider serves it as itself.</summary>
    public TickerAlias? AliasOf(string symbol) => _aliases.GetValueOrDefault(symbol);

    /// <summary>The alias whose provider symbol is <paramref name="providerSymbol"/> (KEEL gives BITF's row), or null.</summary>
    public TickerAlias? ServedAs(string providerSymbol) =>
        _aliases.Values.FirstOrDefault(a => string.Equals(a.ProviderSymbol, providerSymbol, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ticker to ask the provider for: the alias's provider symbol, else <paramref name="symbol"/> itself.</summary>
    public string Of(string symbol) => AliasOf(symbol)?.ProviderSymbol ?? symbol;
}
