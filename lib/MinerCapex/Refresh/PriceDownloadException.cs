using System.Net;

namespace MinerCapex.Refresh;

/// <summary>
/// A download of one symbol's bars failed. The message is meant for the user as is:
/// <c>SYMBOL: cause</c>, e.g. <c>BTC-USD: HTTP 429 Too Many Requests after 4 attempts</c>.
/// </summary>
public sealed class PriceDownloadException : Exception
{
    /// <summary>Creates the exception; the message is <c>{symbol}: {cause}</c>.</summary>
    /// <param name="symbol">The symbol being downloaded.</param>
    /// <param name="cause">What went wrong, in words, without the symbol.</param>
    /// <param name="attempts">HTTP requests made before giving up (0 when none was sent).</param>
    /// <param name="statusCode">The last HTTP status received, if any.</param>
    /// <param name="inner">The underlying exception, kept for diagnostics, never shown to the user.</param>
    public PriceDownloadException(string symbol, string cause, int attempts = 0, HttpStatusCode? statusCode = null, Exception? inner = null)
        : base($"{symbol}: {cause}", inner)
    {
        Symbol = symbol;
        Cause = cause;
        Attempts = attempts;
        StatusCode = statusCode;
    }

    /// <summary>The symbol being downloaded.</summary>
    public string Symbol { get; }

    /// <summary>The cause, without the symbol.</summary>
    public string Cause { get; }

    /// <summary>HTTP requests made before giving up.</summary>
    public int Attempts { get; }

    /// <summary>The last HTTP status received, or null when no response came (network error, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }
}
