using System.Globalization;

namespace Workbook.Rendering;

/// <summary>One numbered source of a report.</summary>
/// <param name="Number">1-based, in order of first citation.</param>
/// <param name="Url">The http(s) address.</param>
/// <param name="Title">What the citing element calls it (<c>data-cite-title</c>), or null.</param>
internal sealed record Source(int Number, string Url, string? Title)
{
    /// <summary>The anchor of its entry in the Sources section.</summary>
    public string Id => "source-" + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The sources a report cites, numbered as they first appear. Formatter HTML cites one by marking an element with
/// <c>data-cite-url</c> (and optionally <c>data-cite-title</c>); the engine knows nothing else of what is cited.
/// Each marked element gets a numbered link to the report's Sources section, and the section lists each address
/// once.
/// </summary>
internal sealed class SourceList
{
    public const string UrlAttribute = "data-cite-url";
    private const string TitleAttribute = "data-cite-title";

    private readonly Dictionary<string, Source> _byUrl = new(StringComparer.Ordinal);
    private readonly List<Source> _sources = [];

    /// <summary>Every cited source, by number.</summary>
    public IReadOnlyList<Source> All => _sources;

    /// <summary>
    /// <paramref name="html"/> with a citation mark after every element that cites a source; unchanged when it
    /// cites none. Only http and https addresses are cited.
    /// </summary>
    public string Cite(string html)
    {
        if (!html.Contains(UrlAttribute, StringComparison.Ordinal))
            return html;
        var nodes = HtmlFragment.Parse(html);
        foreach (var node in nodes)
        {
            if (node is not AngleSharp.Dom.IElement element)
                continue;
            var citing = element.QuerySelectorAll($"[{UrlAttribute}]").ToList();
            if (element.HasAttribute(UrlAttribute))
                citing.Insert(0, element);
            foreach (var cited in citing)
            {
                var url = cited.GetAttribute(UrlAttribute)?.Trim() ?? "";
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    continue;
                var source = Add(url, cited.GetAttribute(TitleAttribute));
                var mark = cited.Owner!.CreateElement("sup");
                mark.ClassName = "cite";
                var link = cited.Owner.CreateElement("a");
                link.SetAttribute("href", "#" + source.Id);
                link.TextContent = "[" + source.Number.ToString(CultureInfo.InvariantCulture) + "]";
                mark.AppendChild(link);
                // After the citing element (a link stays a link to its address), or inside one at the top level.
                if (ReferenceEquals(cited, element))
                    cited.AppendChild(mark);
                else
                    cited.After(mark);
            }
        }
        using var writer = new StringWriter();
        foreach (var node in nodes)
            node.ToHtml(writer, AngleSharp.Html.HtmlMarkupFormatter.Instance);
        return writer.ToString();
    }

    private Source Add(string url, string? title)
    {
        if (_byUrl.TryGetValue(url, out var known))
            return known;
        var source = new Source(_sources.Count + 1, url, string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        _byUrl[url] = source;
        _sources.Add(source);
        return source;
    }
}
