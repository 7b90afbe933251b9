namespace MinerCapex.Refresh;

/// <summary>
/// How hard a download tries: bounded attempts, exponential backoff with jitter between them, a
/// timeout per attempt, and how long a server's <c>Retry-After</c> may make us wait.
/// </summary>
/// <remarks>Defaults suit Yahoo's public endpoint; tests shrink the delays to milliseconds.</remarks>
public sealed record HttpRetryOptions
{
    /// <summary>The defaults: 4 attempts, 1 s first backoff capped at 30 s, 30 s per attempt, Retry-After honoured up to 60 s.</summary>
    public static HttpRetryOptions Default { get; } = new();

    /// <summary>Requests made at most, the first included (1 = no retry).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Median delay before the first retry; later ones grow exponentially.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No backoff delay exceeds this.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Randomise backoff delays so that clients rejected together do not retry together.</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>One request, from sending it to the last byte of the body, must finish within this.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A <c>Retry-After</c> up to this long is waited out before the next attempt; a longer one ends the
    /// download at once, since waiting it out is the user's call.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Throws when a value is out of range, naming it.</summary>
    public void Validate()
    {
        if (MaxAttempts < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "At least one attempt is needed.");
        if (FirstRetryDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(FirstRetryDelay), "Delays cannot be negative.");
        // Polly's timeout strategy accepts 10 ms .. 24 h.
        if (AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromHours(24))
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "Expected 10 ms to 24 h.");
    }
}
