using System.Text.Json.Nodes;

namespace Workbook.Jupyter;

/// <summary>
/// Typed reads of a message's JSON fields. A field of the wrong type is the sender's mistake, reported as a
/// <see cref="BadMessageException"/> naming the field, the value and what was expected, which the kernel answers
/// with an error reply; it never reaches the kernel's own loops as an exception of System.Text.Json.
/// </summary>
internal static class MessageFields
{
    /// <summary>A string field, or <paramref name="fallback"/> when it is absent or null.</summary>
    public static string Text(JsonObject json, string name, string fallback) => json[name] switch
    {
        null => fallback,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw Wrong(name, other, "a string"),
    };

    /// <summary>A true/false field, or <paramref name="fallback"/> when it is absent or null.</summary>
    public static bool Flag(JsonObject json, string name, bool fallback) => json[name] switch
    {
        null => fallback,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        var other => throw Wrong(name, other, "true or false"),
    };

    /// <summary>A whole-number field from <paramref name="min"/> to <paramref name="max"/>, or null when it is absent or null.</summary>
    public static int? Number(JsonObject json, string name, int min = int.MinValue, int max = int.MaxValue) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var number) && number >= min && number <= max => number,
        var other => throw Wrong(name, other, min == int.MinValue && max == int.MaxValue ? "a whole number" : $"a whole number from {min} to {max}"),
    };

    private static BadMessageException Wrong(string name, JsonNode node, string expected) =>
        new($"'{name}' is {Shorten(node.ToJsonString())}; expected {expected}.");

    // A hostile value can be megabytes long; the message quotes its start.
    private static string Shorten(string json) => json.Length <= 80 ? json : json[..80] + "…";
}
