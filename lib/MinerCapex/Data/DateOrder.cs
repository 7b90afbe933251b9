namespace MinerCapex.Data;

/// <summary>What a price reader demands of the order of the dates in a file.</summary>
public enum DateOrder
{
    /// <summary>Dates must strictly increase: a duplicate or an out-of-order date is a format error. The default.</summary>
    StrictlyIncreasing,
    /// <summary>
    /// Dates are taken in file order, duplicates included, so that a data-quality check can list them instead of
    /// stopping at the first one.
    /// </summary>
    AsInFile,
}
