namespace MinerCapex.Analytics;

/// <summary>
/// A staggered-adoption estimate (<see cref="StaggeredAdoption"/>): the stacks, the event-time path of every factor
/// beta's shift with Driscoll–Kraay errors, the pooled post-treatment shift, and the joint pre-trend test per factor.
/// </summary>
public sealed class StackedEstimate
{
    internal StackedEstimate(EventTimeBins bins, IReadOnlyList<string> factors, IReadOnlyList<AdoptionStack> stacks, IReadOnlyList<string> skipped,
        IReadOnlyList<StackedEffect> path, IReadOnlyList<StackedEffect> post, IReadOnlyList<PreTrendTest> preTrends,
        int observations, int timePeriods, int lag, int parameters)
    {
        Bins = bins;
        Factors = factors;
        Stacks = stacks;
        Skipped = skipped;
        Path = path;
        Post = post;
        PreTrends = preTrends;
        Observations = observations;
        TimePeriods = timePeriods;
        Lag = lag;
        Parameters = parameters;
    }

    /// <summary>The event-time bins.</summary>
    public EventTimeBins Bins { get; }

    /// <summary>The factors, each with its own betas and shifts.</summary>
    public IReadOnlyList<string> Factors { get; }

    /// <summary>One stack per cohort, in order of treatment.</summary>
    public IReadOnlyList<AdoptionStack> Stacks { get; }

    /// <summary>Cohorts left out, each with the reason (no clean control, or no data in the window).</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>The shift of each factor's beta in each estimated bin (the reference bin is zero by construction); bins with no treated data are absent.</summary>
    public IReadOnlyList<StackedEffect> Path { get; }

    /// <summary>The pooled shift of each factor's beta from the treatment session on, against the whole pre-period.</summary>
    public IReadOnlyList<StackedEffect> Post { get; }

    /// <summary>The joint test of the pre-treatment bins, one per factor.</summary>
    public IReadOnlyList<PreTrendTest> PreTrends { get; }

    /// <summary>Unit-sessions in the stacked panel (a session in two stacks counts twice here, once in the covariance).</summary>
    public int Observations { get; }

    /// <summary>Distinct calendar sessions: the time periods the Driscoll–Kraay covariance sums the scores over.</summary>
    public int TimePeriods { get; }

    /// <summary>The Bartlett lag of the Driscoll–Kraay covariance.</summary>
    public int Lag { get; }

    /// <summary>Coefficients of the event-time regression, fixed effects included.</summary>
    public int Parameters { get; }

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
