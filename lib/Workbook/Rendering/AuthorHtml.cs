using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Workbook.Rendering;

/// <summary>
/// HTML an author wrote (raw HTML in markdown, html cells) made safe to show to a reader who never ran the notebook:
/// HtmlSanitizer with a policy for reports.
/// </summary>
/// <remarks>
/// <para>Kept: ordinary author markup (emphasis, <c>sub</c>/<c>sup</c>, <c>details</c>, tables, images, links) and the
/// <c>id</c> and <c>class</c> attributes the markdown renderer itself writes (heading anchors, highlighted code,
/// footnotes).</para>
/// <para>Removed: scripts, event-handler attributes, <c>iframe</c>/<c>object</c>/<c>embed</c>, SVG and MathML
/// islands (either can carry script), forms (a submit is a request), <c>url()</c> in styles, and every URL whose scheme is not http, https or
/// mailto. A <c>style</c> attribute keeps only the properties of <see cref="StyleProperties"/> (colour, emphasis,
/// alignment, spacing, borders): none of them can lift content out of the flow (<c>position</c>, <c>z-index</c>,
/// <c>inset</c>, <c>transform</c> are dropped), so no cell can cover the report's header or its FAILED badge. An image keeps only a <c>data:image/…</c> source, which is how reports carry their pictures (an image
/// element never runs an SVG's scripts): a report fetches nothing.</para>
/// </remarks>
internal static class AuthorHtml
{
    /// <summary>
    /// The only CSS properties an author's <c>style</c> attribute keeps: an allow-list, so a property the list never
    /// heard of (a future way of placing a box over the page) is dropped too.
    /// </summary>
    public static readonly IReadOnlySet<string> StyleProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "color", "background-color", "font-weight", "font-style", "font-variant", "font-family", "font-size",
        "text-align", "text-decoration", "text-transform", "vertical-align", "white-space", "line-height",
        "border", "border-color", "border-style", "border-width", "border-collapse", "border-radius",
        "border-top", "border-right", "border-bottom", "border-left",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "width", "max-width", "min-width", "list-style-type",
    };

    // After the style list, which it reads: static fields initialise in the order they are written.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The safe subset of <paramref name="html"/>, as an HTML fragment.</summary>
    public static string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // HtmlSanitizer is documented as safe for concurrent Sanitize calls once configured.
        return Sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "form", "button", "input", "select", "option", "optgroup", "textarea", "keygen", "datalist", "fieldset", "legend", "output", "menuitem" })
            sanitizer.AllowedTags.Remove(tag);
        // Task lists render as disabled checkboxes.
        sanitizer.AllowedTags.Add("input");
        foreach (var attribute in new[] { "action", "formaction", "contenteditable" })
            sanitizer.AllowedAttributes.Remove(attribute);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("role");
        sanitizer.AllowedAttributes.Add("aria-label");
        sanitizer.AllowedCssProperties.Clear();
        foreach (var property in StyleProperties)
            sanitizer.AllowedCssProperties.Add(property);
        // A style may not load anything either: no url() in any property.
        sanitizer.DisallowCssPropertyValue = new Regex(@"[<>]|url\s*\(|image-set\s*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("data");
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is not { } url)
                return;
            var isData = url.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);
            // An image may only be inline data (a report fetches nothing); a link may go anywhere but to data.
            if (e.Tag.LocalName == "img" ? !IsImageData(url) : isData)
                e.SanitizedUrl = null;
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            // A task-list checkbox is the one input markdown writes; any other kind is dropped.
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "input" } input
                && (!string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase) || !input.HasAttribute("disabled")))
            {
                input.Remove();
            }
        };
        return sanitizer;
    }

    private static bool IsImageData(string url) => url.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
}
