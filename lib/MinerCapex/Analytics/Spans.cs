using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MinerCapex.Analytics;

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
}
