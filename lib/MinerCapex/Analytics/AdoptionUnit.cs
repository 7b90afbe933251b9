namespace MinerCapex.Analytics;

/// <summary>A unit of a staggered-adoption design and the first session it counts as treated; null when it never is.</summary>
/// <param name="Symbol">The unit's column in the returns panel.</param>
/// <param name="TreatedFrom">Its treatment session (the first session that can price the treatment), or null for a never-treated unit.</param>
public sealed record AdoptionUnit(string Symbol, DateOnly? TreatedFrom);
