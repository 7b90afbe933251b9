namespace MinerCapex.EventStudies;

/// <summary>An event study's settings and the event window its tables and verdicts lead with.</summary>
/// <param name="Options">The study's settings; <see cref="EventStudyOptions.EventWindows"/> holds <paramref name="Headline"/>.</param>
/// <param name="Headline">The window whose CARs the tables, tests and sentences report.</param>
public sealed record EventStudySettings(EventStudyOptions Options, EventWindow Headline)
{
    /// <summary>The study's definitions (<see cref="EventStudyOptions.Default"/>) with the headline window <c>[0,+1]</c>.</summary>
    public static EventStudySettings Default { get; } = For(EventStudyOptions.Default, new EventWindow(0, 1));

    /// <summary>Settings that lead with <paramref name="headline"/>, added to the options' event windows when absent.</summary>
    public static EventStudySettings For(EventStudyOptions options, EventWindow headline)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options with { EventWindows = options.EventWindows.Union([headline]).ToList() }, headline);
    }
}
