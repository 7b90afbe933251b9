namespace Workbook.Formatting;

/// <summary>What the engine needs to know about a MIME type.</summary>
public static class MimeTypes
{
    /// <summary>
    /// True for a JSON MIME type: <c>application/json</c> or <c>application/…+json</c> (Plotly's figure is
    /// <c>application/vnd.plotly.v1+json</c>). nbformat and Jupyter messages carry such values as JSON, not as text.
    /// </summary>
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));
}
