namespace MinerCapex.Analytics;

/// <summary>
/// Event time in sessions relative to a unit's treatment session, cut into bins of <see cref="Width"/> sessions:
/// bin <c>b</c> holds event times <c>b·Width … (b+1)·Width − 1</c>, so bin 0 starts on the treatment session and bin −1
/// is the <see cref="Width"/> sessions just before it, the reference bin. The window is <see cref="Before"/> bins before
/// and <see cref="After"/> bins from the treatment session on: event times <c>−Before·Width … After·Width − 1</c>.
/// </summary>
/// <param name="Width">Sessions per bin (21 by default: about a month of trading).</param>
/// <param name="Before">Bins before the treatment session, the reference bin among them (at least 2, so a pre-trend can be tested).</param>
/// <param name="After">Bins from the treatment session on (at least 1).</param>
public sealed record EventTimeBins(int Width = 21, int Before = 6, int After = 6)
{
    /// <summary>Six months of monthly bins either side: 126 sessions before the treatment session and 126 from it on.</summary>
    public static EventTimeBins Default { get; } = new();

    /// <summary>The omitted bin every other bin's shift is measured against: the <see cref="Width"/> sessions before treatment.</summary>
    public const int Reference = -1;

    /// <summary>Checks the parameters, naming the bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Width below 1, fewer than 2 bins before or fewer than 1 after.</exception>
    public EventTimeBins Validated()
    {
        if (Width < 1) throw new ArgumentOutOfRangeException(nameof(Width), Width, "A bin holds at least one session.");
        if (Before < 2) throw new ArgumentOutOfRangeException(nameof(Before), Before, "Two bins before treatment are needed: the reference bin and one to test for a pre-trend.");
        if (After < 1) throw new ArgumentOutOfRangeException(nameof(After), After, "At least one bin from the treatment session on is needed.");
        return this;
    }

    /// <summary>First event time of the window, <c>−Before·Width</c>.</summary>
    public int First => -Before * Width;

    /// <summary>Last event time of the window, <c>After·Width − 1</c>.</summary>
    public int Last => After * Width - 1;

    /// <summary>The bin of <paramref name="eventTime"/> (floor division), or null outside the window.</summary>
    public int? BinOf(int eventTime) =>
        eventTime < First || eventTime > Last ? null : (int)Math.Floor(eventTime / (double)Width);

    /// <summary>Every bin of the window, −<see cref="Before"/> … <see cref="After"/> − 1.</summary>
    public IReadOnlyList<int> All => Enumerable.Range(-Before, Before + After).ToList();

    /// <summary>The bins with their own coefficient: all but the <see cref="Reference"/> bin.</summary>
    public IReadOnlyList<int> Estimated => All.Where(b => b != Reference).ToList();

    /// <summary>The pre-treatment bins tested jointly for a pre-trend: −<see cref="Before"/> … −2.</summary>
    public IReadOnlyList<int> PreTrend => All.Where(b => b < Reference).ToList();

    /// <summary>The sessions with data a stack's treated units need in a bin for the bin to be used: half the bin, rounded up.</summary>
    public int MinimumSessions => (Width + 1) / 2;

    /// <summary>"−42 … −22", the event times of bin <paramref name="bin"/>.</summary>
    public string Label(int bin) => $"{bin * Width} … {(bin + 1) * Width - 1}";
}
