using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// Sums of products between every column of one packed set and every column of another
/// (<c>A'B</c>), the inner kernel of the correlation matrix. Rows are processed in chunks small enough
/// for all columns of a chunk to stay in the L2 cache while every pair of 4×4 column blocks is
/// accumulated with 256-bit fused multiply-adds; column blocks of one chunk are spread over cores.
/// </summary>
internal static class GramProduct
{
    private const int ChunkRows = 256;
    private const int B = PackedColumns.Align;

    /// <summary>
    /// <c>result[i * b.Count + j] = Σ_t a_i(t)·b_j(t)</c>, an a.Count × b.Count row-major matrix. With
    /// <paramref name="symmetric"/> (b is a) only blocks on or above the diagonal are computed, then mirrored.
    /// </summary>
    public static double[] Compute(PackedColumns a, PackedColumns b, bool symmetric)
    {
        if (a.Stride != b.Stride)
            throw new ArgumentException("Packed column sets must have the same rows.");
        var rowBlocks = a.PaddedCount / B;
        var colBlocks = b.PaddedCount / B;
        var width = b.PaddedCount;
        var acc = new double[a.PaddedCount * width];
        var parallel = (long)a.PaddedCount * b.PaddedCount * a.Stride > 2_000_000;
        for (var r0 = 0; r0 < a.Stride; r0 += ChunkRows)
        {
            var r1 = Math.Min(a.Stride, r0 + ChunkRows);
            if (symmetric)
            {
                // Row block I costs (blocks - I) kernels: pair I with blocks-1-I so every task costs the same.
                var pairs = (rowBlocks + 1) / 2;
                void Pair(int k)
                {
                    RowOfBlocks(a, b, acc, width, k, k, colBlocks, r0, r1);
                    var mirror = rowBlocks - 1 - k;
                    if (mirror != k) RowOfBlocks(a, b, acc, width, mirror, mirror, colBlocks, r0, r1);
                }
                if (parallel) Parallel.For(0, pairs, Pair); else for (var k = 0; k < pairs; k++) Pair(k);
            }
            else
            {
                void Row(int i) => RowOfBlocks(a, b, acc, width, i, 0, colBlocks, r0, r1);
                if (parallel) Parallel.For(0, rowBlocks, Row); else for (var i = 0; i < rowBlocks; i++) Row(i);
            }
        }

        int n = a.Count, m = b.Count;
        var result = new double[n * m];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
            result[i * m + j] = symmetric && j < i ? acc[j * width + i] : acc[i * width + j];
        return result;
    }

    private static void RowOfBlocks(PackedColumns a, PackedColumns b, double[] acc, int width, int blockI, int firstJ, int blocks, int r0, int r1)
    {
        Span<double> sums = stackalloc double[B * B];
        for (var blockJ = firstJ; blockJ < blocks; blockJ++)
        {
            Kernel4x4(a.Data, blockI * B * a.Stride, b.Data, blockJ * B * b.Stride, a.Stride, r0, r1, sums);
            for (var i = 0; i < B; i++)
            for (var j = 0; j < B; j++)
                acc[(blockI * B + i) * width + blockJ * B + j] += sums[i * B + j];
        }
    }

    /// <summary>The 16 sums of products of columns a0..a3 with b0..b3 over rows [r0, r1).</summary>
    private static void Kernel4x4(double[] a, int aOffset, double[] b, int bOffset, int stride, int r0, int r1, Span<double> sums)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            ScalarKernel(a, aOffset, b, bOffset, stride, r0, r1, sums);
            return;
        }

        ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
        ref var rb = ref MemoryMarshal.GetArrayDataReference(b);
        nuint a0 = (nuint)aOffset, a1 = a0 + (nuint)stride, a2 = a1 + (nuint)stride, a3 = a2 + (nuint)stride;
        nuint b0 = (nuint)bOffset, b1 = b0 + (nuint)stride, b2 = b1 + (nuint)stride, b3 = b2 + (nuint)stride;
        Vector256<double> s00 = default, s01 = default, s02 = default, s03 = default;
        Vector256<double> s10 = default, s11 = default, s12 = default, s13 = default;
        Vector256<double> s20 = default, s21 = default, s22 = default, s23 = default;
        Vector256<double> s30 = default, s31 = default, s32 = default, s33 = default;
        for (var r = (nuint)r0; r < (nuint)r1; r += 4)
        {
            var x0 = Vector256.LoadUnsafe(ref ra, a0 + r);
            var x1 = Vector256.LoadUnsafe(ref ra, a1 + r);
            var x2 = Vector256.LoadUnsafe(ref ra, a2 + r);
            var x3 = Vector256.LoadUnsafe(ref ra, a3 + r);
            var y = Vector256.LoadUnsafe(ref rb, b0 + r);
            s00 = MulAdd(x0, y, s00); s10 = MulAdd(x1, y, s10); s20 = MulAdd(x2, y, s20); s30 = MulAdd(x3, y, s30);
            y = Vector256.LoadUnsafe(ref rb, b1 + r);
            s01 = MulAdd(x0, y, s01); s11 = MulAdd(x1, y, s11); s21 = MulAdd(x2, y, s21); s31 = MulAdd(x3, y, s31);
            y = Vector256.LoadUnsafe(ref rb, b2 + r);
            s02 = MulAdd(x0, y, s02); s12 = MulAdd(x1, y, s12); s22 = MulAdd(x2, y, s22); s32 = MulAdd(x3, y, s32);
            y = Vector256.LoadUnsafe(ref rb, b3 + r);
            s03 = MulAdd(x0, y, s03); s13 = MulAdd(x1, y, s13); s23 = MulAdd(x2, y, s23); s33 = MulAdd(x3, y, s33);
        }
        sums[0] = Vector256.Sum(s00); sums[1] = Vector256.Sum(s01); sums[2] = Vector256.Sum(s02); sums[3] = Vector256.Sum(s03);
        sums[4] = Vector256.Sum(s10); sums[5] = Vector256.Sum(s11); sums[6] = Vector256.Sum(s12); sums[7] = Vector256.Sum(s13);
        sums[8] = Vector256.Sum(s20); sums[9] = Vector256.Sum(s21); sums[10] = Vector256.Sum(s22); sums[11] = Vector256.Sum(s23);
        sums[12] = Vector256.Sum(s30); sums[13] = Vector256.Sum(s31); sums[14] = Vector256.Sum(s32); sums[15] = Vector256.Sum(s33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> MulAdd(Vector256<double> x, Vector256<double> y, Vector256<double> sum) =>
        Fma.IsSupported ? Fma.MultiplyAdd(x, y, sum) : x * y + sum;

    private static void ScalarKernel(double[] a, int aOffset, double[] b, int bOffset, int stride, int r0, int r1, Span<double> sums)
    {
        for (var i = 0; i < B; i++)
        for (var j = 0; j < B; j++)
        {
            var s = 0.0;
            for (var r = r0; r < r1; r++) s += a[aOffset + i * stride + r] * b[bOffset + j * stride + r];
            sums[i * B + j] = s;
        }
    }
}
