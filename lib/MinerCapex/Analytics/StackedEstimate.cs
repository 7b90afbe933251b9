namespace MinerCapex.Analytics;

/// <summary>
/// A staggered-adoption estimate (<see cref="StaggeredAdoption"/>): the stacks, the event-time path of every factor
/// beta's shift with Driscoll–Kraay errors, the pooled post-treatment shift, and the joint pre-trend test per factor.
/// </summary>
/// <param name="Bins">The event-time bins.</param>
/// <param name="Factors">The factors, each with its own betas and shifts.</param>
/// <param name="Stacks">One stack per cohort, in order of treatment.</param>
/// <param name="Skipped">Cohorts left out, each with the reason (no clean control, or too little data in the window).</param>
/// <param name="Path">The shift of each factor's beta in each estimated bin (the reference bin is zero by construction); bins with no treated data are absent.</param>
/// <param name="Post">The pooled shift of each factor's beta from the treatment session on, against the whole pre-period.</param>
/// <param name="PreTrends">The joint test of the pre-treatment bins, one per factor.</param>
/// <param name="Observations">Unit-sessions in the stacked panel (a session in two stacks counts twice here, once in the covariance).</param>
/// <param name="TimePeriods">Distinct calendar sessions: the time periods the Driscoll–Kraay covariance sums the scores over.</param>
/// <param name="Lag">The Bartlett lag of the Driscoll–Kraay covariance.</param>
/// <param name="Parameters">Coefficients of the event-time regression, fixed effects included.</param>
public sealed record StackedEstimate(EventTimeBins Bins, IReadOnlyList<string> Factors, IReadOnlyList<AdoptionStack> Stacks, IReadOnlyList<string> Skipped,
    IReadOnlyList<StackedEffect> Path, IReadOnlyList<StackedEffect> Post, IReadOnlyList<PreTrendTest> PreTrends,
    int Observations, int TimePeriods, int Lag, int Parameters)
{
    /// <summary>The path of <paramref name="factor"/>'s beta shift, bin by bin.</summary>
    public IReadOnlyList<StackedEffect> PathOf(string factor) => Path.Where(e => e.Factor == factor).ToList();

    /// <summary>The pooled post-treatment shift of <paramref name="factor"/>'s beta.</summary>
    /// <exception cref="KeyNotFoundException">Not one of <see cref="Factors"/>.</exception>
    public StackedEffect PostOf(string factor) => Post.FirstOrDefault(e => e.Factor == factor)
        ?? throw new KeyNotFoundException($"No factor '{factor}'. Factors: {string.Join(", ", Factors)}.");

    /// <summary>The pre-trend test of <paramref name="factor"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not one of <see cref="Factors"/>.</exception>
    public PreTrendTest PreTrendOf(string factor) => PreTrends.FirstOrDefault(e => e.Factor == factor)
        ?? throw new KeyNotFoundException($"No factor '{factor}'. Factors: {string.Join(", ", Factors)}.");
}
