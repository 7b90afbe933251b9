using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.Inference;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

public sealed partial class FactorExposure
{
    /// <summary>One miner's change of one beta from the first period to the last, with its place in the table's family.</summary>
    /// <param name="Miner">The miner.</param>
    /// <param name="Factor">The factor whose beta changed.</param>
    /// <param name="Change">The Newey–West Wald test of the change.</param>
    /// <param name="Holm">Holm-adjusted p over the table (every miner, both factors).</param>
    /// <param name="BenjaminiHochberg">Benjamini–Hochberg q over the same family.</param>
    public sealed record MinerBetaChange(string Miner, string Factor, CoefficientChange Change, double Holm, double BenjaminiHochberg)
    {
        /// <summary>True when the Holm-adjusted p is below the study's level.</summary>
        public bool Significant => Wording.IsSignificant(Holm);
    }

    private IReadOnlyList<MinerBetaChange>? _minerChanges;

    /// <summary>
    /// Every miner's change in its bitcoin and AI-basket betas from the first period to the last, each a Newey–West
    /// Wald z (<see cref="CoefficientChange"/>), with Holm and Benjamini–Hochberg adjustment over the whole table.
    /// </summary>
    public IReadOnlyList<MinerBetaChange> MinerChanges => _minerChanges ??= BuildMinerChanges();

    private IReadOnlyList<MinerBetaChange> BuildMinerChanges()
    {
        var (first, last) = (Overall.From, Overall.To);
        var raw = (from f in new[] { Factors.Bitcoin, Factors.AiBasket } from s in _study.Miners
                   select (Miner: s, Factor: f, Change: CoefficientChange.Between(Beta(first, s, f), Beta(last, s, f)))).ToList();
        var adjusted = MultipleTesting.Adjust(raw.Select(r => r.Change.P).ToList());
        return raw.Select((r, k) => new MinerBetaChange(r.Miner, r.Factor, r.Change, adjusted.Holm[k], adjusted.BenjaminiHochberg[k])).ToList();
    }

    private ResultTable MinerChangesTable() => ResultTable.Of(MinerChanges,
        new ResultColumn<MinerBetaChange>("Miner", r => r.Miner),
        new("Sub-group at end", r => _study.Data.Member(r.Miner).Subgroup?.ToToken()),
        new("Beta", r => Factors.Title(r.Factor)),
        new(Overall.From.Label, r => r.Change.Before, Quantity.Beta),
        new(Overall.To.Label, r => r.Change.After, Quantity.Beta),
        new("Change", r => r.Change.Change, Quantity.Beta),
        new("z", r => r.Change.Z, Quantity.Statistic, "Wald z of no change: the difference over the root of the two Newey–West variances"),
        new("p", r => r.Change.P, Quantity.P),
        new("Holm p", r => r.Holm, Quantity.P, "Holm-adjusted; the family is every row of this table (each miner's bitcoin and AI-basket beta)"),
        new("BH q", r => r.BenjaminiHochberg, Quantity.P, "Benjamini–Hochberg q; the family is every row of this table"));

    private Markup ChangeClause(string factor) => ChangeClause(MinerChanges.Where(r => r.Factor == factor).ToList(), Factors.Name(factor));

    /// <summary>
    /// Which miners' beta on one factor moved, in which direction, by the Holm-adjusted test; the others are named as
    /// undecided, never as unchanged (a Wald z that does not reject is not an equivalence test).
    /// </summary>
    internal static Markup ChangeClause(IReadOnlyList<MinerBetaChange> rows, string factorName)
    {
        var fell = rows.Where(r => r.Significant && r.Change.Change < 0).ToList();
        var rose = rows.Where(r => r.Significant && r.Change.Change > 0).ToList();
        static string Names(IEnumerable<MinerBetaChange> r) => string.Join(", ", r.Select(x => $"{x.Miner} (z = {Numbers.Fixed(x.Change.Z, 2)}, Holm p = {Numbers.P(x.Holm)})"));
        var parts = new List<string>();
        if (fell.Count > 0) parts.Add($"fell for {fell.Count} ({Names(fell)})");
        if (rose.Count > 0) parts.Add($"rose for {rose.Count} ({Names(rose)})");
        var undecided = rows.Count - fell.Count - rose.Count;
        var rest = undecided == rows.Count ? $"changed by an amount not distinguishable from none for all {rows.Count} miners"
            : undecided > 0 ? $"is not distinguishable from unchanged for the other {undecided}" : null;
        var name = factorName.StartsWith("the ", StringComparison.Ordinal) ? factorName : "the " + factorName;
        return Markup.Of($"{name} beta {string.Join(" and ", rest is null ? parts : parts.Append(rest))}");
    }
}
