namespace MinerCapex.Indices;

/// <summary>Names and members of the study's two equal-weight indices.</summary>
public static class StudyBaskets
{
    /// <summary>Column name of the miner index (members: the universe's <c>miner</c> group).</summary>
    public const string MinerIndex = "MINERS";

    /// <summary>Column name of the AI capex basket.</summary>
    public const string AiCapexIndex = "AI_CAPEX";

    /// <summary>The AI capex basket: the hyperscalers and the AI bellwether.</summary>
    public static IReadOnlyList<string> AiCapexMembers { get; } = ["AMZN", "MSFT", "GOOGL", "META", "ORCL", "NVDA"];
}
