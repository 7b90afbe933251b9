using MinerCapex.Analytics;
using MinerCapex.EventStudies;

namespace MinerCapex.Notebook;

/// <summary>
/// The notebooks' parameters are strings and numbers a researcher types (or passes with <c>-p</c>); this is the one
/// place they are read into the library's typed options, at the notebook's edge, so every readout takes typed values.
/// Each reader throws an <see cref="ArgumentException"/> that names the parameter, the value and what was expected.
/// </summary>
public static class NotebookParameters
{
    /// <summary>The periods compared, e.g. <c>"2024,2025,2026"</c> or <c>"2024-01-01..2024-06-30,2025"</c> (see <see cref="StudyPeriods.Parse"/>).</summary>
    /// <exception cref="ArgumentException">The text names no period or a malformed one.</exception>
    public static IReadOnlyList<Period> Periods(string periods = StudyPeriods.Default) => Read(nameof(periods), () => StudyPeriods.Parse(periods));

    /// <summary>
    /// The event study's settings: the model (<c>A</c>, <c>B</c>, <c>C</c>, <c>D</c> or a model name), the estimation
    /// window and headline event window (<c>[start,end]</c>), the fewest estimation sessions, and the handling of
    /// same-session and clustered events in the pools (<c>OnePerSession</c>, <c>Keep</c>, <c>OnePerCluster</c>, <c>DropClustered</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A parameter cannot be read; the message says which and what is expected.</exception>
    public static EventStudySettings EventStudy(string model = "TwoFactor", string estimation = "[-130,-11]", int minObservations = 100,
        string window = "[0,+1]", string clusters = "OnePerSession")
    {
        if (!Enum.TryParse<ClusterHandling>(clusters, ignoreCase: true, out var handling) || !Enum.IsDefined(handling) || int.TryParse(clusters, out _))
            throw new ArgumentException($"'{clusters}' is not a cluster handling; expected one of {string.Join(", ", Enum.GetNames<ClusterHandling>())}.", nameof(clusters));
        var options = EventStudyOptions.Default with
        {
            Model = Read(nameof(model), () => EventStudyModels.Parse(model)),
            EstimationWindow = Read(nameof(estimation), () => EventWindow.Parse(estimation)),
            MinObservations = minObservations,
            PooledClusters = handling,
        };
        return EventStudySettings.For(options, Read(nameof(window), () => EventWindow.Parse(window)));
    }

    // The parsers' messages already say what they found and expected; this names the notebook parameter they came from.
    private static T Read<T>(string parameter, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ArgumentException($"Parameter '{parameter}': {e.Message}", parameter, e);
        }
    }
}
