namespace MinerCapex.EventStudies;

/// <summary>A named list of symbols whose CARs are tested together as one cross-section.</summary>
/// <param name="Name">Label used in result tables, e.g. <c>miners</c>, <c>ai_pivot</c>, <c>btc_centric</c>.</param>
/// <param name="Symbols">
/// The members; each must be a column of the returns panel. For a dated group (<see cref="HeldAt"/>), every symbol that
/// is a member on some date: the candidates.
/// </param>
public sealed record StudyGroup(string Name, IReadOnlyList<string> Symbols)
{
    /// <summary>
    /// Whether a candidate is a member at the close of a date, for a group whose membership changes over time (the
    /// dated <c>ai_pivot</c> and <c>btc_centric</c> groups); null for a fixed group.
    /// </summary>
    public Func<string, DateOnly, bool>? HeldAt { get; init; }

    /// <summary>True when membership changes with the date.</summary>
    public bool IsDated => HeldAt is not null;

    /// <summary>
    /// Whether <paramref name="symbol"/> belongs to the group for an event whose day 0 is <paramref name="dayZero"/>:
    /// a member at the close before day 0, so that the grouping is known before the news and the news that makes a
    /// firm a member (its own first contract) is still counted in the group it left.
    /// </summary>
    public bool Includes(string symbol, DateOnly dayZero) => HeldAt is null || HeldAt(symbol, dayZero.AddDays(-1));

    /// <summary>The members for an event whose day 0 is <paramref name="dayZero"/> (<see cref="Includes"/>).</summary>
    public IReadOnlyList<string> MembersFor(DateOnly dayZero) => HeldAt is null ? Symbols : Symbols.Where(s => Includes(s, dayZero)).ToList();
}
