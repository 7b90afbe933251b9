using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Reports the renames of <c>data/tickers.csv</c>, so that whoever reads the data check learns that a file's symbol is no longer
/// the ticker the provider serves (BITF is KEEL since 2026-04-06) and that the series continues in the old file.
/// </summary>
public static class AliasChecks
{
    /// <summary>
    /// One <see cref="QualityIssue.ProviderAlias"/> per row of <paramref name="aliases"/>, at the row's line of <paramref name="aliasPath"/>,
    /// dated by the first session under the new ticker.
    /// </summary>
    /// <param name="aliases">The rows of <c>tickers.csv</c>, in file order.</param>
    /// <param name="aliasPath">The file they were read from.</param>
    /// <param name="pricedSymbols">The symbols that have a readable price file; an alias without one says so.</param>
    public static IReadOnlyList<QualityFinding> Renames(IReadOnlyList<TickerAlias> aliases, string aliasPath, IReadOnlySet<string> pricedSymbols)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(pricedSymbols);
        var found = new List<QualityFinding>();
        for (var i = 0; i < aliases.Count; i++)
        {
            var a = aliases[i];
            var announced = a.Announced is { } d ? $", announced {d:yyyy-MM-dd}" : "";
            var file = pricedSymbols.Contains(a.Symbol)
                ? $"the series continues in prices/{a.Symbol}.csv, and 'data refresh {a.Symbol}' downloads {a.ProviderSymbol} into it"
                : $"but there is no readable prices/{a.Symbol}.csv for 'data refresh {a.Symbol}' to update";
            // Records sit one per line after the header (the CSV reader allows blank lines only at the end).
            found.Add(new(aliasPath, i + 2, a.Symbol, a.Since, QualityIssue.ProviderAlias, null, null,
                $"{a.Symbol} is served by the provider as {a.ProviderSymbol} since {a.Since:yyyy-MM-dd} ({a.Name}{announced}; source {a.SourceUrl}); {file}."));
        }
        return found;
    }
}
