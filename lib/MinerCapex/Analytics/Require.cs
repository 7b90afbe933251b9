using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>Argument checks shared by the analytics, each naming the parameter and the offending value.</summary>
internal static class Require
{
    /// <summary>The smallest rolling window: two points always give a correlation of ±1.</summary>
    public const int MinimumWindow = 3;

    public static void Window(int window, int sessions, string parameterName)
    {
        if (window < MinimumWindow)
            throw new ArgumentOutOfRangeException(parameterName, window,
                $"The window must span at least {MinimumWindow} sessions.");
        if (window > sessions)
            throw new ArgumentOutOfRangeException(parameterName, window,
                $"The window of {window} sessions is longer than the data ({sessions} sessions), so no window is ever complete.");
    }

    public static SessionRange Sessions(SessionPanel panel, Period period)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(period);
        var range = period.Resolve(panel.Sessions);
        if (range.Length == 0)
        {
            var span = panel.Length == 0 ? "no sessions" : $"{panel.Sessions[0]:yyyy-MM-dd}..{panel.Sessions[^1]:yyyy-MM-dd}";
            throw new ArgumentException($"Period '{period.Label}' contains no session of the panel ({span}).", nameof(period));
        }
        return range;
    }

    public static void SameLength(int x, int y, string parameterName)
    {
        if (x != y)
            throw new ArgumentException($"The series have different lengths ({x} and {y}).", parameterName);
    }
}
