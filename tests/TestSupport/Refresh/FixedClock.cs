namespace TestSupport.Refresh;

/// <summary>A clock stopped at one instant; timers and delays still run on real time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-02-03 21:30 UTC: after the close of the fixtures' last CIFR session.</summary>
    public static FixedClock AfterFixtures { get; } = new(new DateTimeOffset(2026, 2, 3, 21, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
