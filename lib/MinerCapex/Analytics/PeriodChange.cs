namespace MinerCapex.Analytics;

/// <summary>
/// A comparison of two periods, earlier first: the unit of every test of change in the study ("did the correlation
/// move from <see cref="From"/> to <see cref="To"/>?").
/// </summary>
/// <param name="From">The earlier period.</param>
/// <param name="To">The later period.</param>
public sealed record PeriodChange(Period From, Period To)
{
    /// <summary>"2024 → 2025".</summary>
    public string Label => $"{From.Label} → {To.Label}";

    /// <summary>
    /// The changes a study of <paramref name="periods"/> tests: each period against the next, then the first against
    /// the last when there are more than two, so that a change that builds up over several periods is tested as a whole.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two periods.</exception>
    public static IReadOnlyList<PeriodChange> Of(IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count < 2) throw new ArgumentException($"A change needs at least two periods; got {periods.Count}.", nameof(periods));
        var changes = Enumerable.Range(1, periods.Count - 1).Select(k => new PeriodChange(periods[k - 1], periods[k])).ToList();
        if (periods.Count > 2) changes.Add(new PeriodChange(periods[0], periods[^1]));
        return changes;
    }

    /// <inheritdoc />
    public override string ToString() => Label;
}
