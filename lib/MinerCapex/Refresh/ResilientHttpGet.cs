using System.Globalization;
using System.Net;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MinerCapex.Refresh;

/// <summary>
/// HTTP GET with the retry policy every provider shares: retries on 408, 429, 5xx, network errors and
/// per-attempt timeouts, exponential backoff with jitter, at most <see cref="HttpRetryOptions.MaxAttempts"/>
/// requests, and a server's <c>Retry-After</c> honoured. Failures that no retry can fix come back as a
/// <see cref="PriceDownloadException"/> naming the symbol and the cause.
/// </summary>
public sealed class ResilientHttpGet
{
    private readonly HttpClient _client;
    private readonly HttpRetryOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the fetcher over a client the caller owns.</summary>
    /// <param name="client">Sends the requests; its own <see cref="HttpClient.Timeout"/> should be longer than the attempt timeout.</param>
    /// <param name="options">Retry policy; <see cref="HttpRetryOptions.Default"/> when null.</param>
    /// <param name="time">Clock for backoff delays, timeouts and Retry-After dates; the system clock when null.</param>
    public ResilientHttpGet(HttpClient client, HttpRetryOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? HttpRetryOptions.Default;
        _options.Validate();
        _time = time ?? TimeProvider.System;
        _pipeline = BuildPipeline();
    }

    /// <summary>
    /// Sends GET requests until one succeeds or the policy gives up, and returns the last response with its
    /// body, whatever its status (a 404's body may say why).
    /// </summary>
    /// <param name="symbol">Named in error messages.</param>
    /// <param name="uri">The address to get.</param>
    /// <param name="configure">Adds headers to each request (a provider's User-Agent, Accept).</param>
    /// <param name="cancellationToken">Stops the download; the resulting <see cref="OperationCanceledException"/> is not wrapped.</param>
    /// <exception cref="PriceDownloadException">Every attempt failed without a response (network error, timeout).</exception>
    public async Task<HttpPayload> GetAsync(string symbol, Uri uri, Action<HttpRequestMessage>? configure = null, CancellationToken cancellationToken = default)
    {
        var attempt = new AttemptState(_client, uri, configure);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static async (state, token) => await state.SendAsync(token).ConfigureAwait(false),
                attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new PriceDownloadException(symbol,
                $"no response within {Seconds(_options.AttemptTimeout)} (timeout){AfterAttempts(attempt.Count)}", attempt.Count, inner: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The HttpClient's own timeout fired rather than ours.
            throw new PriceDownloadException(symbol, $"the HTTP client timed out{AfterAttempts(attempt.Count)}", attempt.Count, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new PriceDownloadException(symbol, $"network error{AfterAttempts(attempt.Count)}: {Innermost(e)}", attempt.Count, inner: e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? StandardReason(response.StatusCode) : response.ReasonPhrase;
            return new HttpPayload(response.StatusCode, reason, response.Content.Headers.ContentType?.MediaType, body,
                attempt.Count, RetryAfter(response));
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time };
        if (_options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = _options.UseJitter,
                Delay = _options.FirstRetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r ? RetryAfter(r) : null),
            });
        }
        // Added after the retry, so it is inside it: each attempt gets its own timeout.
        builder.AddTimeout(_options.AttemptTimeout);
        return builder.Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is { } e)
            return e is HttpRequestException or TimeoutRejectedException
                || (e is TaskCanceledException && e.InnerException is TimeoutException);
        var response = outcome.Result!;
        if (!IsTransient(response.StatusCode))
            return false;
        // A server that asks for a longer pause than we allow is not retried: waiting is the user's call.
        return RetryAfter(response) is not { } wait || wait <= _options.MaxRetryAfter;
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static string AfterAttempts(int count) => count > 1 ? $" after {count} attempts" : "";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Innermost(Exception e)
    {
        var messages = new StringBuilder(e.Message);
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            messages.Append(" (").Append(inner.Message).Append(')');
        return messages.ToString();
    }

    /// <summary>"TooManyRequests" → "Too Many Requests", for responses without a reason phrase (HTTP/2).</summary>
    private static string StandardReason(HttpStatusCode status)
    {
        var name = status.ToString();
        if (name.Length == 0 || char.IsDigit(name[0]))
            return "";
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
                text.Append(' ');
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>One download's requests: what to send and how many were sent.</summary>
    private sealed class AttemptState(HttpClient client, Uri uri, Action<HttpRequestMessage>? configure)
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public async Task<HttpResponseMessage> SendAsync(CancellationToken token)
        {
            Interlocked.Increment(ref _count);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            configure?.Invoke(request);
            // ResponseContentRead: the body is read inside the attempt, under its timeout, and a body cut short
            // surfaces here as an HttpRequestException that the policy retries.
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
        }
    }
}
