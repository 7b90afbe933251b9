using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.EventStudies;

/// <summary>
/// The stocks an event study covers and the groups it tests them in. The studied stocks are the union of
/// the groups' members, in order of first appearance; a stock may sit in several groups (every
/// <c>ai_pivot</c> miner is also in <c>miners</c>).
/// </summary>
public sealed class StudyGroups
{
    private StudyGroups(IReadOnlyList<StudyGroup> groups)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var symbols = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in groups)
        {
            ArgumentNullException.ThrowIfNull(g);
            if (string.IsNullOrWhiteSpace(g.Name))
                throw new ArgumentException("A study group needs a name.", nameof(groups));
            if (!names.Add(g.Name))
                throw new ArgumentException($"The group name '{g.Name}' appears twice.", nameof(groups));
            foreach (var s in g.Symbols)
                if (seen.Add(s)) symbols.Add(s);
        }
        Groups = groups;
        Symbols = symbols;
    }

    /// <summary>The groups, in the order given.</summary>
    public IReadOnlyList<StudyGroup> Groups { get; }

    /// <summary>Every studied symbol once (case-insensitive), in order of first appearance.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The given groups.</summary>
    /// <exception cref="ArgumentException">A group has no name, or two groups share one.</exception>
    public static StudyGroups Of(params StudyGroup[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return new StudyGroups(groups.ToArray());
    }

    /// <summary>One group named <paramref name="name"/> holding <paramref name="symbols"/>.</summary>
    public static StudyGroups Of(string name, IEnumerable<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        return Of(new StudyGroup(name, symbols.ToArray()));
    }

    /// <summary>
    /// The study's miner groups from universe.csv: <c>miners</c> (every member of the miner group), then
    /// <c>ai_pivot</c> and <c>btc_centric</c> (its two sub-groups), each in universe order.
    /// </summary>
    public static StudyGroups FromUniverse(IEnumerable<UniverseMember> universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var miners = universe.Where(m => m.Group == SymbolGroup.Miner).ToArray();
        return Of(
            new StudyGroup("miners", miners.Select(m => m.Symbol).ToArray()),
            new StudyGroup("ai_pivot", miners.Where(m => m.Subgroup == MinerSubgroup.AiPivot).Select(m => m.Symbol).ToArray()),
            new StudyGroup("btc_centric", miners.Where(m => m.Subgroup == MinerSubgroup.BtcCentric).Select(m => m.Symbol).ToArray()));
    }

    /// <summary>
    /// The study's miner groups with dated sub-groups: <c>miners</c> (every miner), then <c>ai_pivot</c> and
    /// <c>btc_centric</c>, whose members for an event are the miners that were, or were not yet, <c>ai_pivot</c>
    /// (<see cref="MarketData.IsAiPivot"/>) at the close before its day 0. So a miner that signed in late 2025 counts
    /// as <c>btc_centric</c> in the events of 2024, and on the day of its own first contract.
    /// </summary>
    /// <exception cref="FileNotFoundException">The data folder has no universe.csv.</exception>
    public static StudyGroups Dated(MarketData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var miners = data.SymbolsIn(SymbolGroup.Miner);
        var pivots = data.AiPivotCandidates().ToArray();
        return Of(
            new StudyGroup("miners", miners.ToArray()),
            new StudyGroup("ai_pivot", pivots) { HeldAt = data.IsAiPivot },
            new StudyGroup("btc_centric", miners.ToArray()) { HeldAt = (s, d) => !data.IsAiPivot(s, d) });
    }

    /// <summary>These groups plus one more, e.g. <c>.With("nbis", ["NBIS"])</c>.</summary>
    public StudyGroups With(string name, IEnumerable<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        return new StudyGroups([.. Groups, new StudyGroup(name, symbols.ToArray())]);
    }
}
