using Workbook.Execution;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

public sealed class OutputRendererTests
{
    private static RenderedOutputs Render(params CellOutput[] outputs) =>
        new OutputRenderer(new MarkdownRenderer(null, new Slugger(), ScriptPolicy.Create()), ScriptPolicy.Create()).Render(outputs);

    [Fact]
    public void PlainText_IsEscaped_AndAnsiStripped()
    {
        var html = Render(RunBuilder.Text("\u001b[32m<script>alert(1)</script>\u001b[0m & more")).Html;
        Assert.Equal("<pre class=\"output output-text\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</pre>", html);
    }

    [Fact]
    public void HtmlFromAFormatter_PassesThrough_AndHtmlWinsOverPlainText()
    {
        var rendered = Render(RunBuilder.Html("<table><tr><td>1</td></tr></table>", "plain"));
        Assert.Equal("<div class=\"output output-html\"><table><tr><td>1</td></tr></table></div>", rendered.Html);
        Assert.False(rendered.HasChart);
    }

    [Fact]
    public void ValuesCarryingAPlotlyFigure_AreMarkedAsCharts()
    {
        const string html = "<div id=\"c\"></div><script>draw('c');</script>";
        var rendered = Render(new DisplayOutput(
            [new("text/html", html), new("application/vnd.plotly.v1+json", "{\"data\":[],\"layout\":{}}"), new("text/plain", "chart")], null, true));
        Assert.StartsWith("<div class=\"output output-chart\">", rendered.Html);
        Assert.Contains("draw('c')", rendered.Html);
        Assert.DoesNotContain("\"layout\"", rendered.Html);
        Assert.True(rendered.HasChart);
    }

    [Fact]
    public void HtmlThatCallsPlotly_WithoutAFigure_IsNoChart()
    {
        var rendered = Render(RunBuilder.Html("<div id=\"c\"></div><script>Plotly.newPlot('c', [], {});</script>"));
        Assert.StartsWith("<div class=\"output output-html\">", rendered.Html);
        Assert.False(rendered.HasChart);
    }

    [Fact]
    public void ConsecutiveWritesToOneStream_ShowAsOneBlock_InOrderWithOtherOutputs()
    {
        var html = Render(
            RunBuilder.Stdout("a\n"), RunBuilder.Stdout("b\n"), new StreamOutput("stderr", "warn\n"),
            RunBuilder.Text("value"), RunBuilder.Stdout("c\n")).Html;

        Assert.Equal(
            "<pre class=\"output output-stream stdout\">a\nb</pre><pre class=\"output output-stream stderr\">warn</pre>"
            + "<pre class=\"output output-text\">value</pre><pre class=\"output output-stream stdout\">c</pre>",
            html);
    }

    [Fact]
    public void Errors_ShowTypePositionMessageAndInCellStack()
    {
        var html = Render(new ErrorOutput("CS0103", "The name 'x' does not exist <here>", ["at cell 2:line 3", "at cell 2:line 1"], 3, 7)).Html;

        Assert.Equal(
            "<div class=\"output output-error\" role=\"alert\"><div class=\"error-title\"><span class=\"error-type\">CS0103</span> "
            + "<span class=\"error-position\">at line 3, column 7</span></div><pre class=\"error-message\">The name &#39;x&#39; does not exist &lt;here&gt;</pre>"
            + "<pre class=\"error-stack\">at cell 2:line 3\nat cell 2:line 1</pre></div>",
            html);
    }

    [Fact]
    public void Images_AreDataUris_SvgIncluded_SoItsScriptsNeverRun()
    {
        var png = Render(new DisplayOutput([new FormattedValue("image/png", "iVBORw0KGgo=")], null, true)).Html;
        Assert.Equal("<div class=\"output output-image\"><img alt=\"output image\" src=\"data:image/png;base64,iVBORw0KGgo=\"></div>", png);

        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        var svgHtml = Render(new DisplayOutput([new FormattedValue("image/svg+xml", svg)], null, true)).Html;
        Assert.Contains($"src=\"data:image/svg+xml;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg))}\"", svgHtml);
        Assert.DoesNotContain("<script", svgHtml);
    }

    [Fact]
    public void JsonAndMarkdown_Render()
    {
        Assert.Equal("<pre class=\"output output-json\">{\n  &quot;a&quot;: [\n    1\n  ]\n}</pre>",
            Render(new DisplayOutput([new FormattedValue("application/json", "{\"a\":[1]}")], null, true)).Html);
        Assert.Equal("<div class=\"output output-markdown\"><p><strong>bold</strong></p>\n</div>",
            Render(new DisplayOutput([new FormattedValue("text/markdown", "**bold**")], null, true)).Html);
    }
}
