namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// Columns copied into one contiguous column-major buffer, padded with zero rows and zero columns to
/// multiples of <see cref="Align"/> so that the product kernels never need a scalar tail: a zero adds
/// nothing to a sum of products.
/// </summary>
internal sealed class PackedColumns
{
    public const int Align = 4;

    public PackedColumns(int count, int rows)
    {
        Count = count;
        Rows = rows;
        PaddedCount = RoundUp(Math.Max(count, 1));
        Stride = RoundUp(Math.Max(rows, 1));
        Data = new double[PaddedCount * Stride];
    }

    /// <summary>Real columns (the rest up to <see cref="PaddedCount"/> are zero).</summary>
    public int Count { get; }

    /// <summary>Real rows per column (the rest up to <see cref="Stride"/> are zero).</summary>
    public int Rows { get; }

    public int PaddedCount { get; }

    public int Stride { get; }

    public double[] Data { get; }

    public Span<double> Column(int c) => Data.AsSpan(c * Stride, Rows);

    private static int RoundUp(int n) => (n + Align - 1) / Align * Align;
}
