using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.EventStudies;

/// <summary>
/// How large a group's abnormal moves were around a pool's events, measured against the size of an
/// ordinary day's abnormal move: the mean absolute standardized CAR and its ratio to what no news would give.
/// </summary>
/// <remarks>
/// <para>
/// A pool's mean CAR lets good and bad news cancel: a sell-off on DeepSeek and a rally on a Nvidia beat are
/// both AI capex news. The size of the reaction does not cancel. For each stock × event pair of the pool the
/// standardized CAR is <c>SCAR = CAR / SE</c> (<see cref="CarResult.T"/>). With no event effect and normal
/// errors, SCAR follows Student's t with <c>ν = n − k</c> degrees of freedom (exactly under
/// <see cref="CarVariance.PredictionError"/>; under <see cref="CarVariance.Residual"/> the parameters'
/// estimation error is left out, so |SCAR| runs slightly above it), whose mean absolute value is
/// </para>
/// <para><c>E|T_ν| = sqrt(ν)·Γ((ν − 1)/2) / (sqrt(π)·Γ(ν/2))</c>, which tends to <c>sqrt(2/π) ≈ 0.798</c>.</para>
/// <para>
/// <see cref="Ratio"/> is <c>mean|SCAR| / mean E|T_ν|</c>: about 1 when the pool's days were ordinary days,
/// 2 when the abnormal moves were twice an ordinary day's. <see cref="T"/> is the one-sample t of
/// <c>d = |SCAR| − E|T_ν|</c> over the N pairs (N − 1 degrees of freedom, two-sided <see cref="P"/>); like the
/// pooled tests it treats the pairs as independent, which stocks sharing an event day are not.
/// </para>
/// </remarks>
/// <param name="Pool">The pool of events, e.g. <c>ai</c> or <c>btc</c>.</param>
/// <param name="Group">The group of stocks.</param>
/// <param name="Window">The event window.</param>
/// <param name="Events">Events of the pool that entered (after cluster handling).</param>
/// <param name="N">Stock × event pairs with a complete CAR.</param>
/// <param name="MeanAbsCar">Mean |CAR| (log return); null when N is 0.</param>
/// <param name="MeanAbsScar">Mean |SCAR|; null when N is 0.</param>
/// <param name="NullMeanAbsScar">Mean over the pairs of E|T_ν|, what |SCAR| averages with no event effect.</param>
/// <param name="Ratio">MeanAbsScar / NullMeanAbsScar.</param>
/// <param name="T">One-sample t of |SCAR| − E|T_ν|; null when N &lt; 2 or the differences do not vary.</param>
/// <param name="P">Two-sided p-value of <paramref name="T"/>.</param>
public sealed record ReactionSize(
    string Pool, string Group, EventWindow Window, int Events, int N,
    double? MeanAbsCar, double? MeanAbsScar, double? NullMeanAbsScar, double? Ratio, double? T, double? P);

/// <summary>Reaction sizes (<see cref="ReactionSize"/>) of a finished event study.</summary>
public static class ReactionSizes
{
    /// <summary>
    /// E|T_ν|, the mean absolute value of Student's t with <paramref name="degreesOfFreedom"/> ν &gt; 1:
    /// <c>sqrt(ν)·Γ((ν − 1)/2) / (sqrt(π)·Γ(ν/2))</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">ν is not above 1 (the mean does not exist).</exception>
    public static double MeanAbsoluteT(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 1))
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "E|T| exists only for more than 1 degree of freedom.");
        var v = degreesOfFreedom;
        return Math.Sqrt(v / Math.PI) * Math.Exp(SpecialFunctions.GammaLn((v - 1) / 2) - SpecialFunctions.GammaLn(v / 2));
    }

    /// <summary>The reaction size of <paramref name="group"/> to the events of <paramref name="pool"/> over <paramref name="window"/>.</summary>
    /// <exception cref="KeyNotFoundException">The window or the pool is not part of the study, or a member was not studied.</exception>
    public static ReactionSize ReactionSize(this EventStudyResult result, string pool, StudyGroup group, EventWindow window)
    {
        var pairs = PooledPairs.Of(result, pool, group, window);
        var events = pairs.Select(p => p.Stock.EventId).Distinct().Count();
        var n = pairs.Count;
        if (n == 0) return new ReactionSize(pool, group.Name, window, events, 0, null, null, null, null, null, null);

        var absCar = pairs.Average(p => Math.Abs(p.Car.Car!.Value));
        var absScar = pairs.Select(p => Math.Abs(p.Car.T!.Value)).ToArray();
        var expected = pairs.Select(p => MeanAbsoluteT(p.Stock.Fit.DegreesOfFreedom)).ToArray();
        double meanAbs = absScar.Average(), meanNull = expected.Average();
        double? t = null, pValue = null;
        if (n >= 2)
        {
            var d = absScar.Zip(expected, (a, e) => a - e).ToArray();
            var mean = d.Average();
            var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (n - 1));
            if (sd > 0)
            {
                t = mean / (sd / Math.Sqrt(n));
                pValue = 2 * StudentT.CDF(0, 1, n - 1, -Math.Abs(t.Value));
            }
        }
        return new ReactionSize(pool, group.Name, window, events, n, absCar, meanAbs, meanNull, meanAbs / meanNull, t, pValue);
    }

    /// <summary>
    /// <see cref="ReactionSize(EventStudyResult, string, StudyGroup, EventWindow)"/> for every pool with events and
    /// every group given, as a frame: <c>pool, group, window, events, n, mean_abs_car, mean_abs_scar,
    /// null_mean_abs_scar, ratio, t, p</c>.
    /// </summary>
    public static DataFrame ReactionSizesFrame(this EventStudyResult result, IEnumerable<StudyGroup> groups, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var rows = (from pool in PooledPairs.PoolsWithEvents(result)
                    from g in groups
                    select result.ReactionSize(pool, g, window)).ToList();
        return new DataFrame(
            Frames.Text("pool", rows.Select(r => r.Pool)),
            Frames.Text("group", rows.Select(r => r.Group)),
            Frames.Text("window", rows.Select(r => r.Window.ToString())),
            new Int32DataFrameColumn("events", rows.Select(r => (int?)r.Events)),
            new Int32DataFrameColumn("n", rows.Select(r => (int?)r.N)),
            new DoubleDataFrameColumn("mean_abs_car", rows.Select(r => r.MeanAbsCar)),
            new DoubleDataFrameColumn("mean_abs_scar", rows.Select(r => r.MeanAbsScar)),
            new DoubleDataFrameColumn("null_mean_abs_scar", rows.Select(r => r.NullMeanAbsScar)),
            new DoubleDataFrameColumn("ratio", rows.Select(r => r.Ratio)),
            new DoubleDataFrameColumn("t", rows.Select(r => r.T)),
            new DoubleDataFrameColumn("p", rows.Select(r => r.P)));
    }
}
