using System.Security.Cryptography;
using AngleSharp.Html;

namespace Workbook.Rendering;

/// <summary>
/// Which scripts a page may run: only those it was written with. Each page gets a fresh random nonce; the page's
/// content security policy allows scripts carrying it and no other (no <c>'unsafe-inline'</c>), so markup that
/// slips past the sanitiser, or an event-handler attribute or a <c>javascript:</c> link, cannot run.
/// </summary>
/// <remarks>
/// <para>Our scripts are the report's own, plotly.js, and those in HTML that formatters return (charts): the
/// formatters are code the notebook chose to load, and their data values are escaped by them. Author HTML (raw HTML
/// in markdown, html cells) is sanitised, or, when the author opted in to trusting it, stamped like ours.</para>
/// <para><c>'unsafe-eval'</c> stays because plotly.js builds some functions with <c>Function(...)</c> at run time.</para>
/// </remarks>
internal sealed class ScriptPolicy
{
    private ScriptPolicy(string nonce, bool trustsAuthorHtml)
    {
        Nonce = nonce;
        TrustsAuthorHtml = trustsAuthorHtml;
    }

    /// <summary>The page's nonce: 128 random bits, base64.</summary>
    public string Nonce { get; }

    /// <summary>True when author HTML is passed through with its scripts enabled instead of sanitised.</summary>
    public bool TrustsAuthorHtml { get; }

    /// <summary>A policy with a fresh nonce.</summary>
    public static ScriptPolicy Create(bool trustAuthorHtml = false) =>
        new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), trustAuthorHtml);

    /// <summary>The value of the page's <c>Content-Security-Policy</c>: nothing is fetched, only our scripts run.</summary>
    public string ContentSecurityPolicy =>
        $"default-src 'none'; script-src 'nonce-{Nonce}' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; form-action 'none'; base-uri 'none'";

    /// <summary>The opening tag of one of our scripts.</summary>
    public string ScriptTag(string? attributes = null) =>
        attributes is null ? $"<script nonce=\"{Nonce}\">" : $"<script nonce=\"{Nonce}\" {attributes}>";

    /// <summary>Author HTML as the report shows it: sanitised, or stamped as ours when trusted.</summary>
    public string Authored(string html) => TrustsAuthorHtml ? Ours(html) : AuthorHtml.Sanitize(html);

    /// <summary>
    /// HTML we vouch for with its scripts stamped with the nonce. Markup without a script is returned unchanged;
    /// markup with one is parsed and written back by an HTML5 parser, so a script is found wherever the browser would
    /// find it.
    /// </summary>
    public string Ours(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains("<script", StringComparison.OrdinalIgnoreCase))
            return html;
        using var writer = new StringWriter();
        foreach (var node in HtmlFragment.Parse(html))
        {
            if (node is AngleSharp.Dom.IElement element)
            {
                if (element.LocalName == "script")
                    element.SetAttribute("nonce", Nonce);
                foreach (var script in element.QuerySelectorAll("script"))
                    script.SetAttribute("nonce", Nonce);
            }
            node.ToHtml(writer, HtmlMarkupFormatter.Instance);
        }
        return writer.ToString();
    }
}
