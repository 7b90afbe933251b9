using System.Globalization;

namespace Workbook.Rendering;

/// <summary>Durations and timestamps as the report prints them.</summary>
internal static class Durations
{
    /// <summary>"850 ms", "4.2 s", "2 min 05 s" or "1 h 02 min".</summary>
    public static string Format(TimeSpan duration)
    {
        var c = CultureInfo.InvariantCulture;
        if (duration < TimeSpan.FromSeconds(1))
            return $"{Math.Max(0, (int)Math.Round(duration.TotalMilliseconds)).ToString(c)} ms";
        if (duration < TimeSpan.FromMinutes(1))
            return $"{duration.TotalSeconds.ToString(duration.TotalSeconds < 10 ? "0.0#" : "0.0", c)} s";
        if (duration < TimeSpan.FromHours(1))
            return $"{((int)duration.TotalMinutes).ToString(c)} min {duration.Seconds.ToString("00", c)} s";
        return $"{((int)duration.TotalHours).ToString(c)} h {duration.Minutes.ToString("00", c)} min";
    }

    /// <summary>The instant in UTC, to the second: "2025-03-01 14:05:09 UTC".</summary>
    public static string FormatTimestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The instant for a <c>datetime</c> attribute (ISO 8601, UTC).</summary>
    public static string IsoTimestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
