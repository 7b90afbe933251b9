using System.Net;
using System.Text;

namespace MinerCapex.Refresh;

/// <summary>The final HTTP response of a download, retries done, with its body read in full.</summary>
/// <param name="Status">The status of the last response.</param>
/// <param name="ReasonPhrase">The reason phrase, the server's or the standard one.</param>
/// <param name="MediaType">The Content-Type's media type, e.g. <c>application/json</c>; null when absent.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Attempts">Requests made, the first included.</param>
/// <param name="RetryAfter">The last response's Retry-After, when it asked for one.</param>
public sealed record HttpPayload(HttpStatusCode Status, string ReasonPhrase, string? MediaType, string Body, int Attempts, TimeSpan? RetryAfter)
{
    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccess => (int)Status is >= 200 and <= 299;

    /// <summary>The status and the attempts, e.g. <c>HTTP 429 Too Many Requests after 4 attempts</c>.</summary>
    public string DescribeStatus()
    {
        var text = new StringBuilder($"HTTP {(int)Status} {ReasonPhrase}");
        if (Attempts > 1)
            text.Append($" after {Attempts} attempts");
        return text.ToString();
    }
}
