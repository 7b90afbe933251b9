using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.Indices;
using MinerCapex.Notebook;
using MinerCapex.Panel;

namespace MinerCapex.Readouts;

/// <summary>
/// What every analysis notebook starts from, in one call: the bundled data, the study's log-return panel with the
/// miner index, the AI capex basket and the two sub-group indices as columns, and the periods compared.
/// </summary>
/// <remarks>
/// The study's periods are A = 2024, B = 2025 and C = 2026 up to the last session (<see cref="StudyPeriods.Default"/>);
/// any two or more ordered periods can be given instead. The sub-group indices are dated by default: a miner joins
/// the <c>ai_pivot</c> index after the session that priced its first signed AI/HPC contract
/// (<see cref="SubgroupDating"/>).
/// </remarks>
public sealed class StudySetup
{
    /// <summary>The three factors of the study, in the order the regressions use them: bitcoin, the AI capex basket, the Nasdaq-100.</summary>
    public static IReadOnlyList<string> Factors { get; } = ["BTC-USD", StudyBaskets.AiCapexIndex, "QQQ"];

    /// <summary>The miner index and its two halves.</summary>
    public static IReadOnlyList<string> Indices { get; } = [StudyBaskets.MinerIndex, StudyBaskets.AiPivotIndex, StudyBaskets.BtcCentricIndex];

    private StudySetup(MarketData data, IReadOnlyList<Period> periods, SubgroupDating dating)
    {
        if (periods.Count < 2)
            throw new ArgumentException($"A study compares at least two periods; got {periods.Count}.", nameof(periods));
        for (var k = 1; k < periods.Count; k++)
        {
            if (periods[k].From <= periods[k - 1].To)
                throw new ArgumentException($"Period {periods[k].Label} starts on or before the end of {periods[k - 1].Label}; expected periods in time order without overlap.", nameof(periods));
        }
        // Notebooks 2, 3 and 5 key their factor columns by Factors' names; a study.csv that names other symbols would
        // silently leave them on the old factors, so it is refused with what to change.
        if (data.Roles.Bitcoin != Factors[0] || data.Roles.Market != Factors[2])
            throw new ArgumentException($"study.csv names {data.Roles.Bitcoin} as bitcoin and {data.Roles.Market} as the market, but the co-movement and factor readouts "
                + $"are built on {Factors[0]} and {Factors[2]} (Readouts.Factors); change both together.", nameof(data));
        Data = data;
        Dating = dating;
        Periods = periods;
        Changes = PeriodChange.Of(periods);
        Start = periods[0].From;
        End = periods[^1].To < data.Sessions[^1] ? periods[^1].To : data.Sessions[^1];
        MinerIndex = data.MinerIndexSeries();
        PivotIndex = data.SubgroupIndexSeries(MinerSubgroup.AiPivot, dating);
        CentricIndex = data.SubgroupIndexSeries(MinerSubgroup.BtcCentric, dating);
        Returns = data.StudyReturns().WithLogReturns(PivotIndex, CentricIndex);
        Pivots = data.SymbolsIn(SymbolGroup.Miner, MinerSubgroup.AiPivot);
        Centrics = data.SymbolsIn(SymbolGroup.Miner, MinerSubgroup.BtcCentric);
        Miners = [.. Pivots, .. Centrics];
    }

    /// <summary>
    /// Loads the data (from <paramref name="dataDirectory"/>, or the folder <see cref="MarketData.Load"/> finds) and
    /// builds the panel for <paramref name="periods"/> (<see cref="StudyPeriods.Default"/> when null). A notebook reads
    /// its <c>periods</c> parameter with <see cref="NotebookParameters.Periods"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The periods overlap, are out of order, or are fewer than two.</exception>
    public static StudySetup Load(IReadOnlyList<Period>? periods = null, string? dataDirectory = null, SubgroupDating dating = SubgroupDating.Dated) =>
        new(MarketData.Load(dataDirectory), periods ?? StudyPeriods.Parse(StudyPeriods.Default), dating);

    /// <summary>Two periods, [<paramref name="start"/>, <paramref name="split"/>) and [<paramref name="split"/>, <paramref name="end"/>], each labelled by its year when it is one.</summary>
    /// <exception cref="ArgumentException">The dates are not in the order start &lt; split &lt;= end.</exception>
    public static StudySetup Load(DateOnly start, DateOnly split, DateOnly end, string? dataDirectory = null)
    {
        if (!(start < split && split <= end))
            throw new ArgumentException($"The periods need start < split <= end; got start {start:yyyy-MM-dd}, split {split:yyyy-MM-dd}, end {end:yyyy-MM-dd}.");
        return Load([Period.Spanning(start, split.AddDays(-1)), Period.Spanning(split, end)], dataDirectory);
    }

    /// <summary>How the sub-group indices decide a miner's group on each session.</summary>
    public SubgroupDating Dating { get; }

    /// <summary>The bundled data.</summary>
    public MarketData Data { get; }

    /// <summary>First date of period A.</summary>
    public DateOnly Start { get; }

    /// <summary>Last date of the last period, or the last session of the data when that comes first.</summary>
    public DateOnly End { get; }

    /// <summary>The last session of the price data.</summary>
    public DateOnly LastSession => Data.Sessions[^1];

    /// <summary>All periods together, [start, end].</summary>
    public Period Window => Period.Spanning(Start, End);

    /// <summary>Log returns of every symbol plus <c>MINERS</c>, <c>AI_CAPEX</c>, <c>AI_PIVOT</c> and <c>BTC_CENTRIC</c>.</summary>
    public SessionPanel Returns { get; }

    /// <summary>The miner index.</summary>
    public IndexSeries MinerIndex { get; }

    /// <summary>The index of the <c>ai_pivot</c> miners.</summary>
    public IndexSeries PivotIndex { get; }

    /// <summary>The index of the <c>btc_centric</c> miners.</summary>
    public IndexSeries CentricIndex { get; }

    /// <summary>The periods compared, in time order (A, B, C by default).</summary>
    public IReadOnlyList<Period> Periods { get; }

    /// <summary>The first period (A).</summary>
    public Period PeriodA => Periods[0];

    /// <summary>The second period (B).</summary>
    public Period PeriodB => Periods[1];

    /// <summary>The last period (C by default; B when only two are studied).</summary>
    public Period Latest => Periods[^1];

    /// <summary>The changes tested: each period against the next, and the first against the last when there are more than two.</summary>
    public IReadOnlyList<PeriodChange> Changes { get; }

    /// <summary>The miners, <c>ai_pivot</c> first, then <c>btc_centric</c>, each in universe order.</summary>
    public IReadOnlyList<string> Miners { get; }

    /// <summary>The miners that are <c>ai_pivot</c> by the end of the data (see <see cref="Dating"/> for the grouping on each session).</summary>
    public IReadOnlyList<string> Pivots { get; }

    /// <summary>The <c>btc_centric</c> miners.</summary>
    public IReadOnlyList<string> Centrics { get; }

    /// <summary>A miner labelled with its sub-group at the end of the data and, when dated, the first session it counts as <c>ai_pivot</c>, e.g. <c>CIFR (ai_pivot from 2025-09-25)</c>.</summary>
    public string WithSubgroup(string miner) =>
        Data.AiPivotFrom(miner) is { } from && Dating == SubgroupDating.Dated
            ? $"{miner} (ai_pivot from {from:yyyy-MM-dd})"
            : $"{miner} ({Data.Member(miner).Subgroup?.ToToken()})";

    /// <summary>The catalog's AI and bitcoin news (everything but macro) with a first session in [start, end].</summary>
    public IReadOnlyList<MarketEvent> News => Data.Events.Where(e => e.Category != EventCategory.Macro && e.FirstSession >= Start && e.FirstSession <= End).ToList();

    /// <summary>Sessions of the panel within <paramref name="period"/>.</summary>
    public int SessionsIn(Period period) => Returns.Sessions.Count(period.Contains);

    /// <summary>Letter names of the periods: A, B, C, …</summary>
    public static string Letter(int k) => ((char)('A' + k)).ToString();

    /// <summary>"Period A is 2024 (252 sessions), period B is 2025 (250 sessions) and period C …", with the index's members and how the halves are dated.</summary>
    public Readout Describe()
    {
        var periods = Periods.Select((p, k) => Markup.Of($"{(k == 0 ? "Period" : "period")} {Letter(k)} is {Markup.Bold(p.Label)} ({SessionsIn(p)} sessions{(p.To > LastSession && p.From <= LastSession ? $", to {Numbers.Date(LastSession)}" : "")})")).ToList();
        var pivots = Pivots.Select(s => Dating == SubgroupDating.Dated && Data.AiPivotFrom(s) is { } d ? $"{s} from {d:yyyy-MM-dd}" : s);
        var halves = Dating == SubgroupDating.Dated
            ? Markup.Of($"A miner counts in the {Markup.Code("ai_pivot")} index from the session after the market priced its first signed AI/HPC contract ({string.Join(", ", pivots)}) and in the {Markup.Code("btc_centric")} index before it; {string.Join(", ", Centrics)} signed none in the catalog.")
            : Markup.Of($"The halves are fixed at their state at the end of the data: {Markup.Code("ai_pivot")} {string.Join(", ", Pivots)}; {Markup.Code("btc_centric")} {string.Join(", ", Centrics)}.");
        var sentence = Markup.Join(", ", periods.Take(periods.Count - 1)) + Markup.Of($" and {periods[^1]}. ");
        return Readout.Sentence(Markup.Of(
            $"{sentence}The miner index has {MinerIndex.Members.Count} members. {halves} The catalog holds {Markup.Bold(Data.Events.Count.ToString())} dated events. {DataAsOf.Line(Data)}"));
    }

}
