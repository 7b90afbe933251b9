using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>The sanitiser's policy for author HTML, and the nonce that lets only the report's scripts run.</summary>
public sealed class AuthorHtmlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(AuthorPayloads.Script, "<script")]
    [InlineData(AuthorPayloads.ImageError, "onerror")]
    [InlineData(AuthorPayloads.SvgScript, "<svg")]
    [InlineData(AuthorPayloads.Frames, "<iframe")]
    [InlineData(AuthorPayloads.Frames, "<object")]
    [InlineData(AuthorPayloads.Frames, "<embed")]
    [InlineData(AuthorPayloads.DataLink, "data:text")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "alert")]
    [InlineData("<form action=\"https://example.com\"><button>go</button></form>", "<form")]
    [InlineData("<img src=\"https://example.com/track.gif\">", "example.com")]
    [InlineData("<input type=\"text\" value=\"x\">", "<input")]
    [InlineData("<p style=\"background: url(https://example.com/x.png)\">x</p>", "example.com")]
    public void HostileMarkup_IsRemoved(string html, string gone)
    {
        var clean = AuthorHtml.Sanitize(html);
        Assert.DoesNotContain(gone, clean, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OrdinaryMarkup_IsKept()
    {
        var clean = AuthorHtml.Sanitize(AuthorPayloads.Ordinary + "<a href=\"https://example.org/a\">a</a> <a href=\"#sec\">s</a> <a href=\"mailto:x@example.org\">m</a>");

        Assert.Contains("<b id=\"bold\">bold</b>", clean);
        Assert.Contains("<sub id=\"sub\">2</sub>", clean);
        Assert.Contains("<details id=\"more\"><summary>More</summary>Hidden detail</details>", clean);
        Assert.Contains("<td>1</td>", clean);
        Assert.Contains($"src=\"{AuthorPayloads.Pixel}\"", clean);
        Assert.Contains("href=\"https://example.org/a\"", clean);
        Assert.Contains("href=\"#sec\"", clean);
        Assert.Contains("href=\"mailto:x@example.org\"", clean);
    }

    [Fact]
    public void MarkdownsOwnMarkup_SurvivesTheSanitiser()
    {
        var markdown = new MarkdownRenderer(NotebookFiles.InFolder(_folder.Path), new Slugger(), ScriptPolicy.Create());
        var html = markdown.Render("## A heading\n\n- [x] done\n\n```csharp\nvar x = 1;\n```\n\nText[^1]\n\n[^1]: A note.").Html;

        Assert.Contains("<h2 id=\"a-heading\">", html);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\"", html);
        Assert.Contains("<span class=\"k\">var</span>", html);
        Assert.Contains("class=\"footnote-ref\"", html);
    }

    [Fact]
    public void TrustedMarkdown_KeepsItsScript_StampedWithTheNonce()
    {
        var policy = ScriptPolicy.Create(trustAuthorHtml: true);
        var html = new MarkdownRenderer(NotebookFiles.InFolder(_folder.Path), new Slugger(), policy).Render("<script>window.x = 1;</script>").Html;
        Assert.Contains($"<script nonce=\"{policy.Nonce}\">window.x = 1;</script>", html);
    }

    [Fact]
    public void FormatterHtml_ScriptsAreStamped_AndMarkupWithoutScriptIsUntouched()
    {
        var policy = ScriptPolicy.Create();
        const string table = "<table class='t'><tr><td title=\"a&amp;b\">1</td></tr></table>";
        Assert.Same(table, policy.Ours(table));

        var chart = policy.Ours("<div id=\"c\"></div><script type=\"text/javascript\">var s = '<b>' && 1 < 2;</script><svg><script>1</script></svg>");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(chart, $"<script[^>]* nonce=\"{System.Text.RegularExpressions.Regex.Escape(policy.Nonce)}\""));
        Assert.Contains("var s = '<b>' && 1 < 2;", chart);
    }

    [Fact]
    public void EachPolicy_HasItsOwnNonce_AndThePolicyAllowsNoInlineScript()
    {
        var one = ScriptPolicy.Create();
        var two = ScriptPolicy.Create();
        Assert.NotEqual(one.Nonce, two.Nonce);
        Assert.Equal(16, Convert.FromBase64String(one.Nonce).Length);
        Assert.Contains($"script-src 'nonce-{one.Nonce}' 'unsafe-eval';", one.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-inline' 'unsafe-eval", one.ContentSecurityPolicy);
        Assert.StartsWith("default-src 'none';", one.ContentSecurityPolicy);
    }

    [Fact]
    public void HtmlCells_AreAuthorHtml_WhileFormatterHtmlIsOurs()
    {
        var run = new RunBuilder(_folder.File("07-cells.dib"))
            .Markdown("# Cells")
            .Cell("html", "<b>raw</b>", Workbook.Outputs.CellStatus.Succeeded, TimeSpan.Zero, RunBuilder.Html("<b id=\"cell\">raw</b><script>window.__cell = 1;</script>"))
            .Code("HTML(x)", RunBuilder.Html("<b id=\"formatter\">ours</b><script>window.__formatter = 1;</script>"))
            .Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Contains("<b id=\"cell\">raw</b>", html);
        Assert.DoesNotContain("window.__cell", html);
        Assert.Matches("<script nonce=\"[^\"]+\">window.__formatter = 1;</script>", html);
        Assert.DoesNotContain("trusted-html", html);
    }

    public void Dispose() => _folder.Dispose();
}
