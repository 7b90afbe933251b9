namespace MinerCapex.EventStudies;

/// <summary>A named list of symbols whose CARs are tested together as one cross-section.</summary>
/// <param name="Name">Label used in result tables, e.g. <c>miners</c>, <c>ai_pivot</c>, <c>btc_centric</c>.</param>
/// <param name="Symbols">The members; each must be a column of the returns panel.</param>
public sealed record StudyGroup(string Name, IReadOnlyList<string> Symbols);
