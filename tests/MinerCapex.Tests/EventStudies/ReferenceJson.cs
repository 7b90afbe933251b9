using System.Text.Json;
using MinerCapex.Tests.Analytics;

namespace MinerCapex.Tests.EventStudies;

/// <summary>The event-study reference files of <c>Reference/eventstudy/</c>, each written by the script beside it.</summary>
internal static class ReferenceJson
{
    /// <summary>The root element of <paramref name="file"/>, e.g. <c>battery.json</c>.</summary>
    public static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(StudyData.Load().Root, "tests", "MinerCapex.Tests", "Reference", "eventstudy", file))).RootElement;
}
