using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Notebook;
using MinerCapex.Panel;

namespace MinerCapex.Readouts;

/// <summary>
/// What every analysis notebook starts from, in one call: the bundled data, the study's log-return panel with the
/// miner index, the AI capex basket and the two sub-group indices as columns, and the two periods compared.
/// </summary>
/// <remarks>
/// Period A is [<c>start</c>, <c>split</c>) and period B is [<c>split</c>, <c>end</c>], each labelled by its
/// year when it is a calendar year (<see cref="Period.Spanning"/>).
/// </remarks>
public sealed class StudySetup
{
    /// <summary>The three factors of the study, in the order the regressions use them: bitcoin, the AI capex basket, the Nasdaq-100.</summary>
    public static IReadOnlyList<string> Factors { get; } = ["BTC-USD", StudyBaskets.AiCapexIndex, "QQQ"];

    /// <summary>The miner index and its two halves.</summary>
    public static IReadOnlyList<string> Indices { get; } = [StudyBaskets.MinerIndex, StudyBaskets.AiPivotIndex, StudyBaskets.BtcCentricIndex];

    private StudySetup(MarketData data, DateOnly start, DateOnly split, DateOnly end)
    {
        if (!(start < split && split <= end))
            throw new ArgumentException($"The periods need start < split <= end; got start {start:yyyy-MM-dd}, split {split:yyyy-MM-dd}, end {end:yyyy-MM-dd}.");
        Data = data;
        Start = start;
        End = end;
        MinerIndex = data.MinerIndexSeries();
        PivotIndex = data.SubgroupIndexSeries(MinerSubgroup.AiPivot);
        CentricIndex = data.SubgroupIndexSeries(MinerSubgroup.BtcCentric);
        Returns = data.StudyReturns().WithLogReturns(PivotIndex, CentricIndex);
        PeriodA = Period.Spanning(start, split.AddDays(-1));
        PeriodB = Period.Spanning(split, end);
        Pivots = data.SymbolsIn(SymbolGroup.Miner, MinerSubgroup.AiPivot);
        Centrics = data.SymbolsIn(SymbolGroup.Miner, MinerSubgroup.BtcCentric);
        Miners = [.. Pivots, .. Centrics];
    }

    /// <summary>Loads the data (from <paramref name="dataDirectory"/>, or the folder <see cref="MarketData.Load"/> finds) and builds the panel and periods.</summary>
    /// <exception cref="ArgumentException">The dates are not in the order start &lt; split &lt;= end.</exception>
    public static StudySetup Load(DateOnly start, DateOnly split, DateOnly end, string? dataDirectory = null) =>
        new(MarketData.Load(dataDirectory), start, split, end);

    /// <summary>The bundled data.</summary>
    public MarketData Data { get; }

    /// <summary>First date of period A.</summary>
    public DateOnly Start { get; }

    /// <summary>Last date of period B.</summary>
    public DateOnly End { get; }

    /// <summary>Both periods together, [start, end].</summary>
    public Period Window => Period.Spanning(Start, End);

    /// <summary>Log returns of every symbol plus <c>MINERS</c>, <c>AI_CAPEX</c>, <c>AI_PIVOT</c> and <c>BTC_CENTRIC</c>.</summary>
    public SessionPanel Returns { get; }

    /// <summary>The miner index.</summary>
    public IndexSeries MinerIndex { get; }

    /// <summary>The index of the <c>ai_pivot</c> miners.</summary>
    public IndexSeries PivotIndex { get; }

    /// <summary>The index of the <c>btc_centric</c> miners.</summary>
    public IndexSeries CentricIndex { get; }

    /// <summary>Period A, [start, split).</summary>
    public Period PeriodA { get; }

    /// <summary>Period B, [split, end].</summary>
    public Period PeriodB { get; }

    /// <summary>Periods A and B.</summary>
    public IReadOnlyList<Period> Periods => [PeriodA, PeriodB];

    /// <summary>The miners, <c>ai_pivot</c> first, then <c>btc_centric</c>, each in universe order.</summary>
    public IReadOnlyList<string> Miners { get; }

    /// <summary>The <c>ai_pivot</c> miners.</summary>
    public IReadOnlyList<string> Pivots { get; }

    /// <summary>The <c>btc_centric</c> miners.</summary>
    public IReadOnlyList<string> Centrics { get; }

    /// <summary>A miner labelled with its sub-group, e.g. <c>CIFR (ai_pivot)</c>.</summary>
    public string WithSubgroup(string miner) => $"{miner} ({Data.Member(miner).Subgroup?.ToToken()})";

    /// <summary>The catalog's AI and bitcoin news (everything but macro) with a first session in [start, end].</summary>
    public IReadOnlyList<MarketEvent> News => Data.Events.Where(e => e.Category != EventCategory.Macro && e.FirstSession >= Start && e.FirstSession <= End).ToList();

    /// <summary>Sessions of the panel within <paramref name="period"/>.</summary>
    public int SessionsIn(Period period) => Returns.Sessions.Count(period.Contains);

    /// <summary>"Period A is 2024 (252 sessions) and period B is 2025 (250 sessions)…", with the index's members.</summary>
    public Readout Describe() => Readout.Sentence(Markup.Of(
        $"Period A is {Markup.Bold(PeriodA.Label)} ({SessionsIn(PeriodA)} sessions) and period B is {Markup.Bold(PeriodB.Label)} ({SessionsIn(PeriodB)} sessions). "
        + $"The miner index has {MinerIndex.Members.Count} members: {PivotIndex.Members.Count} {Markup.Code("ai_pivot")} ({string.Join(", ", PivotIndex.Members)}) "
        + $"and {CentricIndex.Members.Count} {Markup.Code("btc_centric")} ({string.Join(", ", CentricIndex.Members)}); the catalog holds {Markup.Bold(Data.Events.Count.ToString())} dated events. {DataAsOf.Line(Data)}"));
}
