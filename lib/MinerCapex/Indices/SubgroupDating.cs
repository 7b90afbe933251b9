namespace MinerCapex.Indices;

/// <summary>How a miner's sub-group is decided for a given session.</summary>
public enum SubgroupDating
{
    /// <summary>
    /// By date: a miner is <c>ai_pivot</c> from the first session that priced its first signed AI/HPC contract, and
    /// <c>btc_centric</c> before it (<see cref="MinerCapex.Panel.MarketData.IsAiPivot"/>). The study's default.
    /// </summary>
    Dated,

    /// <summary>
    /// By the state at the end of the data (<c>universe.csv</c>'s <c>subgroup</c>) on every session: a miner that
    /// signed late counts as <c>ai_pivot</c> in earlier years too. Kept for comparison with the dated grouping.
    /// </summary>
    EndOfData,
}
