namespace Workbook.Rendering;

/// <summary>
/// A report's first figure as a picture for the index: the static image of its first chart, read back from the
/// written file (present when the run made static images).
/// </summary>
internal static class ReportThumbnail
{
    private const string Marker = "<img class=\"figure-static\" alt=\"";

    /// <summary>The image's alt text and data URI, or null.</summary>
    public static (string Alt, string Source)? Read(string reportPath)
    {
        string html;
        try
        {
            html = File.ReadAllText(reportPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // The report writer writes this element in exactly this form (OutputRenderer), escaping both values.
        var start = html.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
            return null;
        var altStart = start + Marker.Length;
        var altEnd = html.IndexOf('"', altStart);
        const string src = " src=\"";
        if (altEnd < 0 || string.CompareOrdinal(html, altEnd + 1, src, 0, src.Length) != 0)
            return null;
        var sourceStart = altEnd + 1 + src.Length;
        var sourceEnd = html.IndexOf('"', sourceStart);
        return sourceEnd < 0 ? null : (System.Net.WebUtility.HtmlDecode(html[altStart..altEnd]), System.Net.WebUtility.HtmlDecode(html[sourceStart..sourceEnd]));
    }
}
