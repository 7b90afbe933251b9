namespace MinerCapex.Analytics;

/// <summary>
/// One stack of a stacked difference-in-differences design: a cohort (the units first treated on one session) and its
/// clean controls (units never treated, or first treated only after the stack's full window ends), observed over the
/// event-time window around the cohort's treatment session.
/// </summary>
/// <param name="Treatment">The cohort's treatment session.</param>
/// <param name="Treated">The cohort's units.</param>
/// <param name="Controls">The clean controls with data in the window.</param>
/// <param name="First">First session of the window that has data (after truncation).</param>
/// <param name="Last">Last session of the window that has data (after truncation).</param>
/// <param name="SessionsBefore">Sessions of the window before the treatment session that have data.</param>
/// <param name="SessionsAfter">Sessions of the window from the treatment session on that have data.</param>
/// <param name="TruncatedBefore">Whether the window starts before the data (or the factors) do, so its first bins are short or missing.</param>
/// <param name="TruncatedAfter">Whether the window runs past the last session of the data.</param>
/// <param name="Bins">The event-time bins the stack covers: a bin the treated units have data on for fewer than half its sessions is left out.</param>
/// <param name="Observations">Unit-sessions of the stack in the regression.</param>
public sealed record AdoptionStack(DateOnly Treatment, IReadOnlyList<string> Treated, IReadOnlyList<string> Controls, DateOnly First, DateOnly Last,
    int SessionsBefore, int SessionsAfter, bool TruncatedBefore, bool TruncatedAfter, IReadOnlyList<int> Bins, int Observations);
