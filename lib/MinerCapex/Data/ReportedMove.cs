namespace MinerCapex.Data;

/// <summary>One row of <c>data/reported-moves.csv</c>: a move the news reported on an event's day 0.</summary>
/// <param name="EventId">The catalog event whose day 0 the move is on.</param>
/// <param name="Symbol">The symbol the report is about, or <c>MINERS</c> for a figure about the whole mining sector.</param>
/// <param name="Reported">The simple return the report quoted, as a fraction (0.1384 for +13.84%), the low end of a range it quoted, or null when it named the symbol without a figure.</param>
/// <param name="Source">Who reported it, e.g. <c>SoSoValue</c>.</param>
/// <param name="SourceUrl">Where the report was read.</param>
/// <param name="Note">What the figure measures.</param>
public sealed record ReportedMove(string EventId, string Symbol, double? Reported, string Source, string SourceUrl, string Note)
{
    /// <summary>The high end when the report gave a range (<see cref="Reported"/> is then its low end); null for a single figure.</summary>
    public double? ReportedHigh { get; init; }
}
