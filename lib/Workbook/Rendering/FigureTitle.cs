namespace Workbook.Rendering;

/// <summary>
/// The title a formatter declares for its chart: a <c>data-figure-title</c> attribute on an element of its HTML
/// (the attribute is the hook; the engine knows nothing of how a formatter draws).
/// </summary>
internal static class FigureTitle
{
    private const string Attribute = "data-figure-title";

    /// <summary>The declared title, or an empty string.</summary>
    public static string Of(string html)
    {
        if (!html.Contains(Attribute, StringComparison.Ordinal))
            return "";
        foreach (var node in HtmlFragment.Parse(html))
        {
            if (node is not AngleSharp.Dom.IElement element)
                continue;
            var declared = element.HasAttribute(Attribute) ? element : element.QuerySelector($"[{Attribute}]");
            if (declared?.GetAttribute(Attribute) is { } title)
                return title.Trim();
        }
        return "";
    }
}
