using MinerCapex.Analytics.Numerics;
using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// Did treatment shift the units' factor betas? A stacked difference-in-differences on betas for staggered adoption
/// (Cengiz, Dube, Lindner and Zipperer 2019), with clean controls only (the logic of Callaway and Sant'Anna 2021: a unit
/// already treated is never a control) and Driscoll–Kraay (1998) standard errors.
/// </summary>
/// <remarks>
/// <para><b>Stacks.</b> Each treatment session τ is a cohort. Its stack holds the cohort's units and its clean controls —
/// units never treated, or first treated after the stack's full window <c>[τ − Before·Width, τ + After·Width − 1]</c>
/// ends, so no control is treated inside the window — over the sessions of that window that have data.</para>
/// <para><b>Event-time model.</b> In the stacked panel of returns, for unit i, session t and stack s with event time
/// e = t − τ_s, treatment dummy D_{i,s} and factors f,
/// <c>r = α_{i,s} + Σ_f [β_{f,s} + γ_{f,s} D + Σ_{b≠−1} θ_{f,s,b} 1{bin(e)=b} + Σ_{b≠−1} δ_{f,b} D 1{bin(e)=b}] F_{f,t} + ε</c>:
/// stack-by-unit fixed effects, stack-specific betas for all units, a stack-specific level shift of the treated units'
/// betas, stack-specific common shifts per bin (the calendar moves every unit shares), and the pooled treated-by-bin shifts
/// δ. So δ_{f,b} is the change of the treated units' beta from the reference bin −1 to bin b, minus the same change for
/// the clean controls: the beta's event-time path relative to clean controls and to the units' own pre-period.</para>
/// <para><b>Pooled model.</b> The same with one post bin (e ≥ 0) against the whole pre-period: δ_f is the average
/// post-treatment shift of the factor's beta.</para>
/// <para><b>Errors.</b> Driscoll–Kraay: the scores are summed over every row of one calendar session (across units and
/// stacks, so a session that appears in two stacks is never counted as two independent draws), and the sums get the
/// Newey–West long-run covariance with Bartlett lag ⌊4(G/100)^{2/9}⌋ for G sessions unless given, with statsmodels'
/// small-sample factor (<c>cov_type='hac-groupsum'</c>, <c>use_correction='cluster'</c>). z and p use the normal.</para>
/// <para><b>Pre-trend.</b> The joint Wald test of δ_{f,b} = 0 over the pre-treatment bins other than the reference.</para>
/// <para>The design knows nothing of the units: any returns panel, treatment sessions and factor columns.</para>
/// </remarks>
public static class StaggeredAdoption
{
    /// <summary>Fits the event-time and pooled models of <paramref name="units"/>' returns on <paramref name="factors"/>.</summary>
    /// <param name="returns">Panel holding every unit's and factor's returns.</param>
    /// <param name="units">The units with their treatment sessions (null: never treated). A date between sessions is the next session.</param>
    /// <param name="factors">Factor columns; every factor's beta is interacted.</param>
    /// <param name="bins">Event-time bins; <see cref="EventTimeBins.Default"/> when null.</param>
    /// <param name="lag">Driscoll–Kraay lag; the Newey–West rule of the number of sessions when null.</param>
    /// <exception cref="KeyNotFoundException">A unit or factor is not in the panel.</exception>
    /// <exception cref="ArgumentException">No factors, no stack with a clean control, or collinear columns.</exception>
    public static StackedEstimate Fit(SessionPanel returns, IReadOnlyList<AdoptionUnit> units, IReadOnlyList<string> factors, EventTimeBins? bins = null, int? lag = null)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Count == 0) throw new ArgumentException("At least one factor is needed.", nameof(factors));
        bins = (bins ?? EventTimeBins.Default).Validated();
        if (lag < 0) throw new ArgumentOutOfRangeException(nameof(lag), lag, "The Driscoll–Kraay lag cannot be negative.");
        var design = StackedDesign.Build(returns, units, factors, bins);
        if (design.Stacks.Count == 0)
            throw new ArgumentException($"No cohort has both treated data and a clean control in its window: {string.Join("; ", design.Skipped)}.", nameof(units));

        var estimated = bins.Estimated.ToList();
        var eventFit = FitModel(design, factors, estimated.Count, e => bins.BinOf(e) is { } b && b != EventTimeBins.Reference ? estimated.IndexOf(b) : null, lag, "The event-time regression");
        var pooledFit = FitModel(design, factors, 1, e => e >= 0 ? 0 : null, lag, "The pooled post-treatment regression");

        var path = eventFit.Effects.Select(x => new StackedEffect(factors[x.Factor], estimated[x.Category], x.Estimate, Math.Sqrt(x.Variance))).ToList();
        var post = pooledFit.Effects.Select(x => new StackedEffect(factors[x.Factor], null, x.Estimate, Math.Sqrt(x.Variance))).ToList();
        var preTrends = factors.Select((f, fi) => eventFit.Wald(fi, c => estimated[c] < EventTimeBins.Reference)).Select((w, fi) => new PreTrendTest(factors[fi], w.Statistic, w.Df)).ToList();
        return new StackedEstimate(bins, factors, design.Stacks, design.Skipped, path, post, preTrends, eventFit.Fit.Observations, eventFit.Fit.TimePeriods, eventFit.Lag, eventFit.Fit.Parameters);
    }

    private sealed record Effect(int Factor, int Category, double Estimate, double Variance);

    private sealed record ModelFit(DriscollKraayRegression.Result Fit, IReadOnlyList<Effect> Effects, int Lag, int DeltaStart, int Factors)
    {
        // W = δ̂′ V̂⁻¹ δ̂ over the estimated categories of one factor that pass the filter.
        public (double Statistic, int Df) Wald(int factor, Func<int, bool> include)
        {
            var idx = Enumerable.Range(0, Fit.Requested.Length)
                .Where(j => (Fit.Requested[j] - DeltaStart) % Factors == factor && include((Fit.Requested[j] - DeltaStart) / Factors)).ToArray();
            var q = Fit.Requested.Length;
            var v = new double[idx.Length * idx.Length];
            for (var a = 0; a < idx.Length; a++)
                for (var b = 0; b < idx.Length; b++) v[a * idx.Length + b] = Fit.Covariance[idx[a] * q + idx[b]];
            var d = idx.Select(j => Fit.Coefficients[Array.IndexOf(Fit.Kept, Fit.Requested[j])]).ToArray();
            var x = ScaledCholesky.Factor(v, idx.Length, "The pre-trend Wald test").Solve(d);
            return (d.Select((di, k) => di * x[k]).Sum(), idx.Length);
        }
    }

    // Columns: per stack, [β_f, γ_f, θ_{c,f}] (F·(2 + C) columns); then the pooled δ_{c,f} (C·F), c the category of the event time.
    private static ModelFit FitModel(StackedDesign design, IReadOnlyList<string> factors, int categories, Func<int, int?> category, int? lag, string context)
    {
        var f = factors.Count;
        var perStack = f * (2 + categories);
        var deltaStart = design.Stacks.Count * perStack;
        var width = deltaStart + categories * f;
        var groups = new List<WithinGroup>();
        foreach (var cell in design.Cells)
        {
            var columns = Enumerable.Range(cell.Stack * perStack, perStack);
            if (cell.Treated) columns = columns.Concat(Enumerable.Range(deltaStart, categories * f));
            var group = new WithinGroup(columns.ToArray());
            var values = new double[group.Columns.Length];
            foreach (var row in cell.Rows)
            {
                Array.Clear(values);
                var c = category(row.EventTime);
                for (var j = 0; j < f; j++)
                {
                    var x = row.Factors[j];
                    values[j] = x;
                    if (cell.Treated) values[f + j] = x;
                    if (c is { } k)
                    {
                        values[2 * f + k * f + j] = x;
                        if (cell.Treated) values[perStack + k * f + j] = x;
                    }
                }
                group.Add(row.Return, values, row.Session);
            }
            groups.Add(group);
        }
        var sessions = groups.SelectMany(g => Enumerable.Range(0, g.Count).Select(g.Time)).Distinct().Count();
        var l = lag ?? NeweyWestLag.Default(sessions);
        var fit = DriscollKraayRegression.Fit(groups, width, Enumerable.Range(deltaStart, categories * f).ToList(), l, context);
        var q = fit.Requested.Length;
        var effects = fit.Requested.Select((col, j) => new Effect((col - deltaStart) % f, (col - deltaStart) / f,
            fit.Coefficients[Array.IndexOf(fit.Kept, col)], fit.Covariance[j * q + j])).ToList();
        return new ModelFit(fit, effects, l, deltaStart, f);
    }
}
