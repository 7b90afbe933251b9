namespace MinerCapex.EventStudies;

/// <summary>
/// What an event's estimation window does with the sessions of the other studied events that fall inside it
/// (each event's span, the earliest start to the latest end of the event windows, e.g. <c>[-1,+5]</c>).
/// </summary>
/// <remarks>
/// News inside an estimation window inflates the residual variance and tilts the betas toward the news days'
/// moves, so the yardstick of every t is measured partly on the very kind of day it is meant to judge. With a
/// catalog this dense (in 2025 an event every week or two), leaving the spans out of a fixed 120-session window
/// leaves too few sessions for most events, so the default reaches back instead.
/// </remarks>
public enum OtherEventsInEstimation
{
    /// <summary>
    /// The default: leave the other events' spans out, and start the window earlier until it holds as many
    /// event-free sessions as <see cref="EventStudyOptions.EstimationWindow"/> is long (or the data begin). It
    /// still ends at the window's end offset, and still needs <see cref="EventStudyOptions.MinObservations"/>
    /// sessions with returns.
    /// </summary>
    ExcludeAndExtend,

    /// <summary>
    /// Leave the other events' spans out of the fixed window; the remaining sessions must still number
    /// <see cref="EventStudyOptions.MinObservations"/>, so a dense catalog skips many stocks.
    /// </summary>
    Exclude,

    /// <summary>Use every session of the window, other events' days included (the study before issue 19).</summary>
    Keep,
}
