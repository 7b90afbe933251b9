using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Workbook.Rendering;

/// <summary>HTML fragments parsed as the browser parses the inside of <c>&lt;body&gt;</c>.</summary>
internal static class HtmlFragment
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The top-level nodes of <paramref name="html"/>.</summary>
    public static INodeList Parse(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        return Parser.ParseFragment(html, document.Body!);
    }
}
