using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Indices;

/// <summary>
/// The study's two equal-weight indices, built from the bundled data: the miner index (the universe's
/// <c>miner</c> group) and the AI capex basket (its <c>hyperscaler</c> group: AMZN MSFT GOOGL META ORCL NVDA),
/// and the panel of log returns every analytic runs on.
/// </summary>
public static class StudyBaskets
{
    /// <summary>Column name of the miner index.</summary>
    public const string MinerIndex = "MINERS";

    /// <summary>Column name of the AI capex basket.</summary>
    public const string AiCapexIndex = "AI_CAPEX";

    /// <summary>Column name of the miner index's half with a signed AI/HPC contract (sub-group <c>ai_pivot</c>).</summary>
    public const string AiPivotIndex = "AI_PIVOT";

    /// <summary>Column name of the miner index's other half (sub-group <c>btc_centric</c>).</summary>
    public const string BtcCentricIndex = "BTC_CENTRIC";

    /// <summary>
    /// The equal-weight index of one miner sub-group, named <see cref="AiPivotIndex"/> or <see cref="BtcCentricIndex"/>.
    /// Dated (the default), a miner moves from the <c>btc_centric</c> index to the <c>ai_pivot</c> one on the session
    /// after the market priced its first signed AI/HPC contract (see <see cref="EqualWeightIndex.BuildDated"/>).
    /// </summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public static IndexSeries SubgroupIndexSeries(this MarketData data, MinerSubgroup subgroup, SubgroupDating dating = SubgroupDating.Dated)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = subgroup == MinerSubgroup.AiPivot ? AiPivotIndex : BtcCentricIndex;
        if (dating == SubgroupDating.EndOfData) return data.Prices.Build(data.SymbolsIn(SymbolGroup.Miner, subgroup), name);
        var pivot = subgroup == MinerSubgroup.AiPivot;
        var candidates = pivot ? data.AiPivotCandidates() : data.SymbolsIn(SymbolGroup.Miner);
        return data.Prices.BuildDated(candidates, name, (s, d) => data.IsAiPivot(s, d) == pivot);
    }

    /// <summary>The miner index: equal weight over the <c>miner</c> group (see <see cref="EqualWeightIndex"/>).</summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public static IndexSeries MinerIndexSeries(this MarketData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Prices.Build(data.SymbolsIn(SymbolGroup.Miner), MinerIndex);
    }

    /// <summary>The AI capex basket: equal weight over the <c>hyperscaler</c> group.</summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public static IndexSeries AiCapexIndexSeries(this MarketData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Prices.Build(data.SymbolsIn(SymbolGroup.Hyperscaler), AiCapexIndex);
    }

    /// <summary>
    /// Log returns of every symbol (from <see cref="MarketData.Prices"/>) plus the columns
    /// <see cref="MinerIndex"/> and <see cref="AiCapexIndex"/>: the panel the correlations, rolling
    /// statistics, regimes and factor regressions of the study take.
    /// </summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public static SessionPanel StudyReturns(this MarketData data) =>
        data.Prices.ToLogReturns().WithLogReturns(data.MinerIndexSeries(), data.AiCapexIndexSeries());
}
