using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private MarkdownRenderer Renderer(Slugger? slugger = null) => new(NotebookFiles.InFolder(_folder.Path), slugger ?? new Slugger(), ScriptPolicy.Create());

    [Fact]
    public void Tables_FencedCode_AndLinks_Render()
    {
        var html = Renderer().Render("| a | b |\n|---|--:|\n| 1 | 2 |\n\n```csharp\nvar x = 1;\n```\n\n```text\n<raw>\n```\n\n[site](https://example.org)").Html;

        Assert.Contains("<table>", html);
        Assert.Contains("<th style=\"text-align: right\">b</th>", html);
        Assert.Contains("<pre class=\"code\"><code class=\"language-csharp\"><span class=\"k\">var</span> x = <span class=\"n\">1</span>;", html);
        Assert.Contains("<code class=\"language-text\">&lt;raw&gt;", html);
        Assert.Contains("<a href=\"https://example.org\">site</a>", html);
    }

    [Fact]
    public void HeadingIds_AreGitHubSlugs_UniqueAcrossTheWholeReport()
    {
        var slugger = new Slugger();
        slugger.Reserve("cell-1");
        var renderer = Renderer(slugger);
        var first = renderer.Render("# Miners vs. Bitcoin\n\n## Results\n\n## Results");
        var second = renderer.Render("## Results\n\n## Cell 1\n\n## <i>&amp;</i>");

        Assert.Equal(["miners-vs-bitcoin", "results", "results-1"], first.Headings.Select(h => h.Id));
        Assert.Equal(["results-2", "cell-1-1", "section"], second.Headings.Select(h => h.Id));
        Assert.Equal([1, 2, 2], first.Headings.Select(h => h.Level));
        Assert.Equal("Miners vs. Bitcoin", first.Headings[0].Text);
        Assert.Equal("&", second.Headings[2].Text);
        Assert.Contains("<h2 id=\"results-1\">Results</h2>", first.Html);
    }

    [Fact]
    public void LocalImages_AreInlinedAsDataUris_RelativeToTheNotebook()
    {
        Directory.CreateDirectory(_folder.File("img"));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        File.WriteAllBytes(_folder.File("img/chart one.png"), png);

        var html = Renderer().Render("![A chart](img/chart%20one.png \"Title\")").Html;

        Assert.Contains($"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" alt=\"A chart\" title=\"Title\">", html);
    }

    [Fact]
    public void RemoteImages_BecomeLinks_AndMissingOnesANote_SoNothingIsFetched()
    {
        var html = Renderer().Render("![logo](https://example.org/logo.png) ![v](https://www.youtube.com/watch?v=x) ![gone](nothere.png)").Html;

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.Contains("<a href=\"https://example.org/logo.png\">logo</a>", html);
        Assert.Contains("<span class=\"missing-image\">[image not found: nothere.png]</span>", html);
    }

    [Fact]
    public void LinksToNotebooks_PointAtTheirReports()
    {
        var html = Renderer().Render("[next](02-returns.dib#betas) [nb](other.ipynb) [csv](data/x.csv)").Html;

        Assert.Contains("<a href=\"02-returns.html#betas\">next</a>", html);
        Assert.Contains("<a href=\"other.html\">nb</a>", html);
        Assert.Contains("<a href=\"data/x.csv\">csv</a>", html);
    }

    [Fact]
    public void ALeadingHeading_CanBeTakenOutAsTheTitle()
    {
        var rendered = Renderer().Render("# Title\n\nBody text.", dropLeadingHeading: true);

        Assert.Equal("Title", rendered.DroppedTitle?.Text);
        Assert.DoesNotContain("<h1", rendered.Html);
        Assert.Contains("<p>Body text.</p>", rendered.Html);
        Assert.Single(rendered.Headings);
    }

    public void Dispose() => _folder.Dispose();
}
