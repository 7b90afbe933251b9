namespace Workbook.Tests.Rendering.Fixtures;

/// <summary>
/// Raw HTML an author (or a pasted snippet) might put in a markdown cell: each hostile payload sets
/// <c>window.__pwned</c>, raises a dialog or asks the network for something; the ordinary markup beside them must
/// survive.
/// </summary>
internal static class AuthorPayloads
{
    public const string Script = "<script>window.__pwned = 'md-script'; alert('md-script')</script>";
    public const string ImageError = "<img id=\"bad-img\" src=\"x\" onerror=\"window.__pwned = 'md-img'; alert('md-img')\">";
    public const string JavaScriptLink = "[run me](javascript:window.__pwned='md-link';alert('md-link'))";
    public const string SvgScript = "<svg id=\"bad-svg\" onload=\"alert('svg-onload')\"><script>window.__pwned = 'md-svg'; alert('md-svg')</script><circle r=\"5\"/></svg>";
    public const string Frames = "<iframe src=\"https://example.com/frame\"></iframe><object data=\"https://example.com/o\"></object><embed src=\"https://example.com/e\">";
    public const string DataLink = "<a id=\"data-link\" href=\"data:text/html,<script>alert('data')</script>\">data link</a>";

    /// <summary>A 1×1 PNG, inline: the one kind of <c>data:</c> URL author HTML keeps.</summary>
    public const string Pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    public const string Ordinary =
        "<b id=\"bold\">bold</b> H<sub id=\"sub\">2</sub>O\n\n" +
        "<details id=\"more\"><summary>More</summary>Hidden detail</details>\n\n" +
        "<table id=\"author-table\"><tr><th>a</th></tr><tr><td>1</td></tr></table>\n\n" +
        "<img id=\"pixel\" alt=\"pixel\" src=\"" + Pixel + "\">\n";

    /// <summary>A markdown cell with every payload and the ordinary markup.</summary>
    public static string Markdown() => string.Join("\n\n",
        "Some prose.",
        Script,
        ImageError,
        JavaScriptLink,
        SvgScript,
        Frames,
        DataLink,
        Ordinary);
}
