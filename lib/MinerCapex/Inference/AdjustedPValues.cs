namespace MinerCapex.Inference;

/// <summary>The p-values of one family (one table) with their Holm and Benjamini–Hochberg adjustments, index for index.</summary>
/// <param name="Raw">The unadjusted p-values as given.</param>
/// <param name="Holm">Holm's family-wise adjusted p-values.</param>
/// <param name="BenjaminiHochberg">Benjamini–Hochberg false-discovery-rate q-values.</param>
public sealed record AdjustedPValues(IReadOnlyList<double> Raw, IReadOnlyList<double> Holm, IReadOnlyList<double> BenjaminiHochberg)
{
    /// <summary>Members of the family: the p-values that are not NaN.</summary>
    public int FamilySize => Raw.Count(p => !double.IsNaN(p));
}
