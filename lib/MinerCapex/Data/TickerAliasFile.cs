using MinerCapex.Data.Csv;

namespace MinerCapex.Data;

/// <summary>
/// Reads <c>data/tickers.csv</c>: <c>symbol,provider_symbol,since,announced,name,source_url,note</c>, one row per symbol the
/// provider now serves under another ticker. A later rename is one more row; no code names a ticker.
/// </summary>
/// <remarks>
/// Columns are found by header name in any order. A symbol appears once, differs from its provider symbol, and both are
/// tickers (letters, digits and <c>. - ^ =</c>). <c>announced</c> may be empty but never falls after <c>since</c>.
/// A file with only its header is valid: no symbol is renamed.
/// </remarks>
public static class TickerAliasFile
{
    /// <summary>The file's name inside the data folder.</summary>
    public const string FileName = "tickers.csv";

    /// <summary>The header names of the file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["symbol", "provider_symbol", "since", "announced", "name", "source_url", "note"];

    /// <summary>Reads the rows in file order.</summary>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static IReadOnlyList<TickerAlias> Read(string path)
    {
        using var sheet = CsvSheet.Open(path, Columns);
        var rows = new List<TickerAlias>();
        var lineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (sheet.Next())
        {
            var symbol = ReadTicker(sheet, 0);
            if (!lineOf.TryAdd(symbol, sheet.Line))
                throw sheet.Error(0, $"a symbol not listed before (already on line {lineOf[symbol]})");
            var provider = ReadTicker(sheet, 1);
            if (string.Equals(provider, symbol, StringComparison.OrdinalIgnoreCase))
                throw sheet.Error(1, $"a provider symbol other than the symbol itself ({symbol} needs no row to be served as {symbol})");
            var since = sheet.Date(2);
            DateOnly? announced = sheet.Span(3).Trim().IsEmpty ? null : sheet.Date(3);
            if (announced > since)
                throw sheet.Error(3, $"an announcement date on or before the change ({since:yyyy-MM-dd}), or empty");
            rows.Add(new TickerAlias(symbol, provider, since, announced, sheet.Text(4), sheet.Text(5), sheet.TextOrEmpty(6)));
        }
        return rows;
    }

    /// <summary>Field <paramref name="k"/> as an upper-cased ticker; anything that could not be one (a path, blanks) is an error.</summary>
    private static string ReadTicker(CsvSheet sheet, int k)
    {
        var text = sheet.Text(k);
        return Ticker.IsValid(text) ? text.ToUpperInvariant() : throw sheet.Error(k, "a ticker: letters, digits and . - ^ = only");
    }
}
