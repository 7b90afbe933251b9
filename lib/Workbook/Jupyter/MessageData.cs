using System.Text.Json;
using System.Text.Json.Nodes;
using Workbook.Execution;
using Workbook.Formatting;
using Workbook.Outputs;

namespace Workbook.Jupyter;

/// <summary>How the kernel writes an output's values and an error's traceback into Jupyter messages.</summary>
internal static class MessageData
{
    /// <summary>
    /// A display's MIME bundle: JSON MIME types (<c>application/json</c>, <c>application/…+json</c> such as Plotly's
    /// figure) as JSON values, which front ends' renderers expect, every other type as a string. A JSON payload that
    /// does not parse is sent as text rather than lost.
    /// </summary>
    public static JsonObject MimeBundle(DisplayOutput display)
    {
        var data = new JsonObject();
        foreach (var value in display.Values)
            data[value.MimeType] = MimeTypes.IsJson(value.MimeType) && TryParse(value.Value) is { } json ? json : JsonValue.Create(value.Value);
        return data;
    }

    /// <summary>An error's traceback lines as the executed .ipynb holds them: "Type: message", then the frames.</summary>
    public static JsonArray Traceback(ErrorOutput error) =>
        new([.. error.StackTrace.Prepend($"{error.ErrorType}: {error.Message}").Select(l => (JsonNode?)l)]);


    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
