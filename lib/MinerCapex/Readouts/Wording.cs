using MinerCapex.Analytics;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>
/// The words a read-out chooses from its numbers, in one place: what counts as significant, how a change is
/// described, which of two things is ahead. A sentence built from these stays true when a parameter changes.
/// </summary>
public static class Wording
{
    /// <summary>The significance level of every verdict in the read-outs.</summary>
    public const double Level = 0.05;

    /// <summary>Whether <paramref name="p"/> is below <see cref="Level"/>; a missing p-value is not significant.</summary>
    public static bool IsSignificant(double? p) => p is { } x && x < Level;

    /// <summary>"a significant rise", "a significant fall" or "a change within sampling noise".</summary>
    public static string Change(double before, double after, double? p) =>
        IsSignificant(p) ? $"a significant {(after > before ? "rise" : "fall")}" : "a change within sampling noise";

    /// <summary>The change of a correlation between two periods, judged by its Fisher z test.</summary>
    public static string CorrelationChange(RegimeComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Change(comparison.First.Correlation, comparison.Second.Correlation, comparison.CorrelationTest.P);
    }

    /// <summary>"a significant change (z = −3.10, p = 0.0019)" or "not a significant change (…)".</summary>
    public static string Verdict(FisherZResult test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return $"{(IsSignificant(test.P) ? "a significant change" : "not a significant change")} (z = {Numbers.Fixed(test.Z, 2)}, {Numbers.PClause(test.P)})";
    }

    /// <summary><paramref name="ifMore"/> when <paramref name="value"/> exceeds <paramref name="other"/>, else <paramref name="otherwise"/>.</summary>
    public static string Than(double value, double other, string ifMore, string otherwise) => value > other ? ifMore : otherwise;

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static Markup List(IReadOnlyList<Markup> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count <= 1 ? Markup.Join("", items) : Markup.Join(", ", items.Take(items.Count - 1)) + Markup.Text(" and ") + items[^1];
    }

    /// <summary>"session" or "sessions".</summary>
    public static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
