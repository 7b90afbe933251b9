using System.Text.RegularExpressions;
using MinerCapex.Notebook;

namespace MinerCapex.Tests.Notebook;

public sealed class TableFormatterTests
{
    public sealed record Result(string Symbol, DateOnly Date, double? Beta, int Sessions, IReadOnlyList<string> Peers, string Source);

    private static readonly Result[] Results =
    [
        new("MARA", new DateOnly(2025, 9, 9), 1.8734567, 250, ["RIOT", "CLSK"], "https://example.org/mara?q=1&x=<b>"),
        new("RIOT", new DateOnly(2025, 9, 10), null, 251, [], "not a link"),
    ];

    [Fact]
    public void Records_BecomeOneColumnPerProperty_InDeclarationOrder()
    {
        var html = TableFormatter.ToHtml(Results);

        var headers = Regex.Matches(html, "<th title=\"[^\"]*\">([^<]*)</th>").Select(m => m.Groups[1].Value);
        Assert.Equal(["Symbol", "Date", "Beta", "Sessions", "Peers", "Source"], headers);
        Assert.Contains(">2 rows × 6 columns</caption>", html);
        Assert.Contains("<td>2025-09-09</td>", html);
        Assert.Contains(">1.87346</td>", html);
        Assert.Contains(">250</td>", html);
        Assert.Contains("<td>RIOT, CLSK</td>", html);
        Assert.Contains("<td style=\"opacity:.6\">–</td>", html);
        Assert.Contains("<td>not a link</td>", html);
    }

    [Fact]
    public void WebAddresses_BecomeEscapedLinks_ThatOpenApart()
    {
        var html = TableFormatter.ToHtml(Results);
        Assert.Contains(
            "<td><a href=\"https://example.org/mara?q=1&amp;x=&lt;b&gt;\" data-cite-url=\"https://example.org/mara?q=1&amp;x=&lt;b&gt;\" rel=\"noopener noreferrer\" target=\"_blank\">https://example.org/mara?q=1&amp;x=&lt;b&gt;</a></td>",
            html);
        // Text, never a link: the address stays in its cell and in the table's CSV, and no attribute points at it.
        var hostile = TableFormatter.ToHtml([new Result("x", default, 1, 1, [], "javascript:alert(1)")]);
        Assert.Contains("<td>javascript:alert(1)</td>", hostile);
        Assert.DoesNotContain("=\"javascript:", hostile);
    }

    public sealed record Figure(string Entity, Cited Amount);

    [Fact]
    public void CitedValues_ShowTheValue_LinkedToAndCitingTheirSource_AndTheCsvKeepsTheBareValue()
    {
        var html = TableFormatter.ToHtml([new Figure("IREN", new Cited(9.7, "https://example.org/iren?a=1&b=2", "IREN & MSFT")), new Figure("HUT", new Cited(7.0, "not a link"))]);

        Assert.Contains("<td><a href=\"https://example.org/iren?a=1&amp;b=2\" data-cite-url=\"https://example.org/iren?a=1&amp;b=2\" data-cite-title=\"IREN &amp; MSFT\" "
            + "rel=\"noopener noreferrer\" target=\"_blank\">9.7</a></td>", html);
        Assert.Contains(">7</td>", html);
        Assert.Single(Regex.Matches(html, "data-cite-url="));
        Assert.Contains("data-csv=\"Entity,Amount\nIREN,9.7\nHUT,7\n\"", html.Replace("&#10;", "\n"));
    }

    [Fact]
    public void LongLists_AreCutWithANote_AndTextIsAligned()
    {
        var many = Enumerable.Range(0, 30).Select(i => Results[0] with { Sessions = i }).ToList();
        Assert.Contains("… 27 more rows", TableFormatter.ToHtml(many, maxRows: 3));
        var text = TableFormatter.ToText(Results).Split('\n')[0].TrimEnd('\r');
        Assert.Equal("2 rows × 6 columns", text);
    }
}
