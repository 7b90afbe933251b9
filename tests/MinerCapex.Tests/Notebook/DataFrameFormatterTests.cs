using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using MinerCapex.Notebook;

namespace MinerCapex.Tests.Notebook;

public sealed class DataFrameFormatterTests
{
    private static DataFrame Frame(int rows) => new(
        new PrimitiveDataFrameColumn<int>("Id", Enumerable.Range(0, rows)),
        new StringDataFrameColumn("Symbol", Enumerable.Range(0, rows).Select(i => "S" + i)),
        new PrimitiveDataFrameColumn<double>("Close", Enumerable.Range(0, rows).Select(i => 100.0 + i / 4.0)));

    [Fact]
    public void LongFrame_ShowsSizeCaption_FirstRows_AndHowManyMoreRows()
    {
        var html = DataFrameFormatter.ToHtml(Frame(25), maxRows: 20);

        Assert.Contains("<caption style=\"caption-side:top;text-align:left;white-space:nowrap\">25 rows × 3 columns · first 20 shown</caption>", html);
        Assert.Equal(20, Regex.Matches(html, "<tr><th scope=\"row\"").Count);
        Assert.Contains(">19</th>", html);
        Assert.DoesNotContain(">20</th>", html);
        Assert.Contains("… 5 more rows</td></tr></tfoot>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void LongFrame_CarriesEveryRowAsExactCsv_MissingEmpty_FieldsQuoted()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("Name", ["plain", "a, \"quoted\" one", null!]),
            new PrimitiveDataFrameColumn<double>("Value", [0.1 + 0.2, double.NaN, 1.5e-7]));
        var html = DataFrameFormatter.ToHtml(frame, maxRows: 1);

        Assert.Contains("first 1 shown", html);
        var csv = System.Net.WebUtility.HtmlDecode(Regex.Match(html, "<table data-csv=\"([^\"]*)\">").Groups[1].Value);
        Assert.Equal(",Name,Value\n0,plain,0.30000000000000004\n1,\"a, \"\"quoted\"\" one\",\n2,,1.5E-07\n", csv);
        // What the reader sees stays rounded.
        Assert.Contains(">0.3</td>", html);
    }

    [Fact]
    public void ShortFrame_HasNoMoreRowsNote_AndSingularWords()
    {
        var html = DataFrameFormatter.ToHtml(new DataFrame(new PrimitiveDataFrameColumn<double>("x", [1.0])), maxRows: 20);

        Assert.Contains(">1 row × 1 column</caption>", html);
        Assert.DoesNotContain("more row", html);
        Assert.DoesNotContain("<tfoot>", html);
    }

    [Fact]
    public void FiveRowsPastTheLimit_WithTheDefaultLimit_ShowsTwenty()
    {
        var html = DataFrameFormatter.ToHtml(Frame(NotebookFormatters.MaxRows + 5));
        Assert.Equal(NotebookFormatters.MaxRows, Regex.Matches(html, "<tr><th scope=\"row\"").Count);
        Assert.Contains("… 5 more rows", html);
    }

    [Fact]
    public void ScriptInACellOrColumnName_IsEscaped()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("<script>alert('c')</script>", ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>"]));
        var html = DataFrameFormatter.ToHtml(frame);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", html);
        Assert.Contains("<td>&lt;img src=x onerror=alert(2)&gt;</td>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;c&#39;)&lt;/script&gt;</th>", html);
    }

    [Theory]
    [InlineData(105234.12, "105234")]
    [InlineData(16679.857421875, "16679.9")]
    [InlineData(3.4, "3.4")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.0123456789, "0.0123457")]
    [InlineData(1.0, "1")]
    [InlineData(0.0, "0")]
    [InlineData(13903079207.0, "13903079207")]
    [InlineData(0.00001234, "1.234e-5")]
    [InlineData(2.5e16, "2.5e+16")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void Doubles_AreRightAligned_WithSixSignificantDigits_InTheInvariantCulture(double value, string expected)
    {
        var html = DataFrameFormatter.ToHtml(new DataFrame(new PrimitiveDataFrameColumn<double>("v", [value])));
        Assert.Contains($"<td style=\"text-align:right;font-variant-numeric:tabular-nums\">{expected}</td>", html);
    }

    [Fact]
    public void NaNAndNull_ShowAsADash()
    {
        var doubles = new PrimitiveDataFrameColumn<double>("d", [double.NaN, 2.0]);
        var missing = new PrimitiveDataFrameColumn<int>("i", 2);
        var strings = new StringDataFrameColumn("s", [null, "x"]);
        var html = DataFrameFormatter.ToHtml(new DataFrame(doubles, missing, strings));

        Assert.Equal(4, Regex.Matches(html, "<td style=\"opacity:.6\">–</td>").Count);
    }

    [Fact]
    public void Text_IsAligned_WithTheSameRowsAndNote()
    {
        var text = DataFrameFormatter.ToText(Frame(4), maxRows: 2);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Equal(["4 rows × 3 columns", "   Id  Symbol   Close", "0   0  S0         100", "1   1  S1      100.25", "… 2 more rows"], lines);
    }

    [Fact]
    public void MaxRowsBelowOne_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataFrameFormatter.ToHtml(Frame(3), maxRows: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NotebookFormatters.MaxRows = 0);
    }
}
