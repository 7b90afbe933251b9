using MinerCapex.Analytics;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>What a co-movement change or comparison may be called, decided by the test that answers exactly that question.</summary>
public enum ChangeVerdict
{
    /// <summary>The bootstrap test rejects no change and the change is positive.</summary>
    Rose,

    /// <summary>The bootstrap test rejects no change and the change is negative.</summary>
    Fell,

    /// <summary>The equivalence test (TOST) shows the change inside ±margin.</summary>
    Held,

    /// <summary>Neither: not distinguishable from no change, and not shown to be unchanged.</summary>
    Undetermined,
}

/// <summary>
/// The sentences of the co-movement verdicts. "Held" needs the equivalence test; "rose" or "fell" needs the test of no
/// change to reject; anything else is said to be undetermined, never "no change". Each clause names its statistic.
/// </summary>
public static class Verdicts
{
    /// <summary>The verdict of <paramref name="change"/> at <see cref="Wording.Level"/>.</summary>
    public static ChangeVerdict Of(CorrelationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Wording.IsSignificant(change.P) ? change.Change.Estimate > 0 ? ChangeVerdict.Rose : ChangeVerdict.Fell
            : Wording.IsSignificant(change.Equivalence.P) ? ChangeVerdict.Held : ChangeVerdict.Undetermined;
    }

    /// <summary>"[0.49, 0.69]".</summary>
    public static string Interval(BootstrapInterval i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return $"[{Numbers.Fixed(i.Lower, 2)}, {Numbers.Fixed(i.Upper, 2)}]";
    }

    /// <summary>"0.60 (95% CI [0.49, 0.69])".</summary>
    public static Markup Estimate(BootstrapInterval i) => Markup.Of($"{Markup.Bold(Numbers.Fixed(i.Estimate, 2))} (95% CI {Interval(i)})");

    /// <summary>
    /// "rose (Δ = +0.29, 95% CI [0.12, 0.44], bootstrap z = 3.62, p = 0.0003)", "held within ±0.10 (TOST p = …)" or
    /// "was not distinguishable from no change, and not shown to be unchanged (…)".
    /// </summary>
    public static Markup Change(CorrelationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var numbers = $"Δ = {Numbers.SignedFixed(change.Change.Estimate, 2)}, 95% CI {Interval(change.Change)}, bootstrap z = {Numbers.Fixed(change.Z, 2)}, {Numbers.PClause(change.P)}";
        var tost = $"TOST against ±{Numbers.Fixed(change.Equivalence.Margin, 2)}: {Numbers.PClause(change.Equivalence.P)}";
        return Of(change) switch
        {
            ChangeVerdict.Rose => Markup.Of($"{Markup.Bold("rose")} ({numbers})"),
            ChangeVerdict.Fell => Markup.Of($"{Markup.Bold("fell")} ({numbers})"),
            ChangeVerdict.Held => Markup.Of($"{Markup.Bold($"held within ±{Numbers.Fixed(change.Equivalence.Margin, 2)}")} ({tost}; {numbers})"),
            _ => Markup.Of($"{Markup.Bold("was not distinguishable from no change, and not shown to be unchanged")} ({numbers}; {tost})"),
        };
    }

    /// <summary>
    /// How the AI correlation stands against bitcoin's in one period by Steiger's test: "exceeded", "stayed below", or
    /// "could not be told apart from".
    /// </summary>
    public static Markup AiAgainstBitcoin(PeriodCorrelations period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var s = period.Steiger;
        var numbers = $"Steiger z = {Numbers.Fixed(s.SteigerZ, 2)}, {Numbers.PClause(s.SteigerP)}; bootstrap 95% CI of the difference {Interval(period.AiMinusBitcoin)}";
        var words = !Wording.IsSignificant(s.SteigerP) ? "could not be told apart from" : s.SteigerZ > 0 ? "exceeded" : "stayed below";
        return Markup.Of($"in {period.Period.Label} the AI basket's correlation {Markup.Bold(words)} bitcoin's ({numbers})");
    }

    /// <summary>
    /// Whether the change of <paramref name="earlier"/> (e.g. 2024 → 2025) held, grew or reversed over
    /// <paramref name="later"/> (2025 → 2026), each word decided by the later change's own verdict.
    /// </summary>
    public static string Continuation(CorrelationChange earlier, CorrelationChange later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var (first, second) = (Of(earlier), Of(later));
        var direction = first == ChangeVerdict.Rose ? "rise" : "fall";
        return (first, second) switch
        {
            (ChangeVerdict.Rose or ChangeVerdict.Fell, ChangeVerdict.Held) => $"the {earlier.Label} {direction} held in {later.To.Label} (the {later.Label} change is inside the margin by TOST)",
            (ChangeVerdict.Rose, ChangeVerdict.Rose) or (ChangeVerdict.Fell, ChangeVerdict.Fell) => $"the {earlier.Label} {direction} grew further in {later.To.Label}",
            (ChangeVerdict.Rose, ChangeVerdict.Fell) or (ChangeVerdict.Fell, ChangeVerdict.Rose) => $"the {earlier.Label} {direction} reversed in {later.To.Label}",
            (ChangeVerdict.Rose or ChangeVerdict.Fell, _) => $"the {earlier.Label} {direction} was neither shown to hold nor to reverse in {later.To.Label}",
            _ => $"no {earlier.Label} change was shown, and the {later.Label} change was {Word(second)}",
        };
    }

    private static string Word(ChangeVerdict v) => v switch
    {
        ChangeVerdict.Rose => "a rise",
        ChangeVerdict.Fell => "a fall",
        ChangeVerdict.Held => "inside the margin by TOST",
        _ => "not distinguishable from none",
    };
}
