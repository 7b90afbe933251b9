using System.Net;
using System.Text.RegularExpressions;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

public sealed partial class CodeHighlighterTests
{
    private const string Sample = """"
        #r "nuget: MathNet.Numerics, 5.0.0"
        #!time
        using System.Linq;
        // parameters
        var window = 60; /* sessions */
        double ratio = 0x10 * 1.5e-3;
        string label = $"window {window}" + @"C:\data" + """raw""";
        record Beta(string Symbol, double Value);
        var betas = new List<Beta>();
        Console.WriteLine(betas.Count());
        int Twice(int x) => x * 2;
        await Task.Delay(1);
        """";

    [Theory]
    [InlineData("k", "using")]
    [InlineData("k", "var")]
    [InlineData("k", "double")]
    [InlineData("k", "string")]
    [InlineData("k", "record")]
    [InlineData("k", "new")]
    [InlineData("k", "await")]
    [InlineData("s", "$&quot;")]
    [InlineData("s", "@&quot;C:\\data&quot;")]
    [InlineData("s", "&quot;&quot;&quot;raw&quot;&quot;&quot;")]
    [InlineData("c", "// parameters")]
    [InlineData("c", "/* sessions */")]
    [InlineData("n", "60")]
    [InlineData("n", "0x10")]
    [InlineData("n", "1.5e-3")]
    [InlineData("t", "Beta")]
    [InlineData("t", "List")]
    [InlineData("t", "Console")]
    [InlineData("t", "Task")]
    [InlineData("f", "WriteLine")]
    [InlineData("f", "Count")]
    [InlineData("f", "Twice")]
    [InlineData("p", "#r &quot;nuget: MathNet.Numerics, 5.0.0&quot;\n")]
    [InlineData("p", "#!time\n")]
    public void CSharp_TokensGetTheirClass(string cls, string escapedText)
    {
        var spans = Spans().Matches(CodeHighlighter.ToHtml(Sample, "csharp")).Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.Contains((cls, escapedText), spans);
    }

    [Fact]
    public void VariablesAndOperators_StayPlain()
    {
        var html = CodeHighlighter.ToHtml("var total = window * ratio;", "csharp");
        Assert.Equal("<span class=\"k\">var</span> total = window * ratio;", html);
    }

    [Theory]
    [InlineData("csharp")]
    [InlineData("fsharp")]
    public void TheSourceComesBackExactly_OnceTagsAreRemovedAndEntitiesDecoded(string kernel)
    {
        var html = CodeHighlighter.ToHtml(Sample + "\nvar s = \"<script>alert(1)</script>\"; // <b>", kernel);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Equal(Sample + "\nvar s = \"<script>alert(1)</script>\"; // <b>", WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")));
    }

    [Fact]
    public void OtherLanguages_AreOnlyEscaped()
    {
        Assert.Equal("let x = &lt;tag&gt;", CodeHighlighter.ToHtml("let x = <tag>", "fsharp"));
    }

    [Fact]
    public void UnfinishedCode_StillRoundTrips()
    {
        const string broken = "var x = \"unterminated\nif (x > { ";
        var html = CodeHighlighter.ToHtml(broken, "cs");
        Assert.Equal(broken, WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")));
    }

    [GeneratedRegex("<span class=\"(\\w)\">([^<]*)</span>")]
    private static partial Regex Spans();
}
