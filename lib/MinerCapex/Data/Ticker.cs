namespace MinerCapex.Data;

/// <summary>What the project accepts as a ticker, wherever one is read (a command line, <c>tickers.csv</c>).</summary>
public static class Ticker
{
    /// <summary>
    /// Letters, digits and the punctuation Yahoo tickers use (<c>BTC-USD</c>, <c>BRK.B</c>, <c>^GSPC</c>, <c>EURUSD=X</c>);
    /// never a path, since a ticker names a file under <c>data/prices/</c>.
    /// </summary>
    public static bool IsValid(string symbol) =>
        symbol.Length is > 0 and <= 32
        && symbol.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '^' or '=')
        && symbol.Any(char.IsAsciiLetterOrDigit)
        && !symbol.StartsWith('.');
}
