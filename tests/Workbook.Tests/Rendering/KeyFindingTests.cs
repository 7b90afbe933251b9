using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>The key finding a notebook marks (<c>//| abstract: key-finding</c>) opens the report under its abstract.</summary>
public sealed class KeyFindingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string ReadoutHtml = "<p>The correlation rose from <b>0.34</b> to <b>0.63</b> (p &lt; 0.0001).</p>"
        + "<table class=\"mcx-result\"><thead><tr><th>ρ</th></tr></thead><tbody><tr><td>0.63</td></tr></tbody></table>";

    private RunBuilder Notebook() => new RunBuilder(Path.Combine(_folder.Path, "07-finding.dib"))
        .Code("#r \"nuget: Plotly.NET, 6.0.0\"")
        .Markdown("# Co-movement\n\nDo miners still move with bitcoin?\n\nMore of the introduction.")
        .Markdown("## Tests")
        .Code("co.MeanCorrelations()", RunBuilder.Html("<p>An earlier sentence.</p>"));

    [Fact]
    public void TheMarkedCellsSentence_FollowsTheOpeningCell_WithoutItsTable_LinkedToTheTable()
    {
        var run = Notebook().Code("//| abstract: key-finding\n//| label: tbl-tests\nco.RegimeTests()", RunBuilder.Html(ReadoutHtml + "<script>alert(1)</script>")).Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        var opening = html.IndexOf("<section class=\"cell cell-markdown cell-opening\"", StringComparison.Ordinal);
        var finding = html.IndexOf("<aside class=\"key-finding\" id=\"key-finding\"", StringComparison.Ordinal);
        var next = html.IndexOf("<section class=\"cell cell-markdown\"", StringComparison.Ordinal);
        Assert.True(opening >= 0 && finding > opening && next > finding, "the key finding is not between the opening cell and the next one");
        var aside = html[finding..html.IndexOf("</aside>", finding, StringComparison.Ordinal)];
        Assert.Contains("<p class=\"key-finding-title\" id=\"key-finding-title\">Key finding</p>\n<p>The correlation rose from <b>0.34</b> to <b>0.63</b> (p &lt; 0.0001).</p>", aside);
        Assert.Contains("<p class=\"key-finding-source\">Computed in <a href=\"#tbl-tests\">Table 1</a>.</p>", aside);
        Assert.DoesNotContain("<table", aside);
        Assert.DoesNotContain("alert", aside);
        // The cell itself still shows its whole output.
        Assert.Contains("<figure class=\"figure figure-table\" id=\"tbl-tests\">", html);
    }

    [Fact]
    public void WithoutATable_TheLinkNamesTheCell_AndTextOutputIsAParagraph()
    {
        var run = Notebook().Code("//| abstract: key-finding\nanswer", RunBuilder.Text("Both: 0.55 <and> 0.63.")).Build();
        var html = ReportRenderer.Render(run, new ReportOptions());
        Assert.Contains("Key finding</p>\n<p>Both: 0.55 &lt;and&gt; 0.63.</p>\n<p class=\"key-finding-source\">Computed in <a href=\"#cell-5\">cell 5</a>.</p>", html);
    }

    [Fact]
    public void NoMarkedCell_NoKeyFinding_AndAnotherOptionValueIsNoMark()
    {
        Assert.DoesNotContain("id=\"key-finding\"", ReportRenderer.Render(Notebook().Build(), new ReportOptions()));
        var other = Notebook().Code("//| abstract: maybe\nco.RegimeTests()", RunBuilder.Html(ReadoutHtml)).Build();
        Assert.DoesNotContain("id=\"key-finding\"", ReportRenderer.Render(other, new ReportOptions()));
    }

    public void Dispose() => _folder.Dispose();
}
