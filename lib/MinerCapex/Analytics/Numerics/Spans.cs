using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MinerCapex.Analytics.Numerics;

/// <summary>Vectorised scans over spans of doubles.</summary>
internal static class Spans
{
    /// <summary>True when any value is NaN (NaN is the only value not equal to itself).</summary>
    public static bool HasNaN(ReadOnlySpan<double> values)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var r = ref MemoryMarshal.GetReference(values);
            for (; i + 4 <= values.Length; i += 4)
            {
                var v = Vector256.LoadUnsafe(ref r, (nuint)i);
                if (!Vector256.EqualsAll(v, v)) return true;
            }
        }
        for (; i < values.Length; i++)
            if (double.IsNaN(values[i])) return true;
        return false;
    }

    /// <summary>
    /// Writes <c>values - mean</c> into <paramref name="destination"/> and returns the mean (no NaN allowed).
    /// The mean gets a second pass (the mean of the first residuals), so a series far from zero still
    /// centres to within rounding.
    /// </summary>
    public static double Centre(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (values.Length == 0) return double.NaN;
        var mean = TensorPrimitives.Sum(values) / values.Length;
        TensorPrimitives.Subtract(values, mean, destination);
        var correction = TensorPrimitives.Sum<double>(destination[..values.Length]) / values.Length;
        TensorPrimitives.Subtract(destination[..values.Length], correction, destination);
        return mean + correction;
    }
}
