using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

public sealed class TocBuilderTests
{
    private static string Toc(int depth, params (int Level, string Text)[] headings)
    {
        using var writer = new StringWriter();
        TocBuilder.Write(writer, headings.Select((h, i) => new TocEntry(h.Level, h.Text, "h" + i)).ToList(), depth);
        return writer.ToString().Replace("<a href=\"#", "").Replace("</a>", "");
    }

    [Fact]
    public void Headings_NestByLevel()
    {
        Assert.Equal(
            "<ol><li>h0\">Title<ol><li>h1\">A<ol><li>h2\">A.1</li></ol></li><li>h3\">B</li></ol></li><li>h4\">Appendix</li></ol>",
            Toc(3, (1, "Title"), (2, "A"), (3, "A.1"), (2, "B"), (1, "Appendix")));
    }

    [Fact]
    public void SkippedLevels_NestOneStep_AndDeepHeadingsAreLeftOut()
    {
        Assert.Equal("<ol><li>h0\">T<ol><li>h1\">Deep</li></ol></li><li>h3\">Next</li></ol>",
            Toc(3, (1, "T"), (3, "Deep"), (4, "Too deep"), (1, "Next")));
    }

    [Fact]
    public void ListsStartAtTheShallowestLevel_AndTextIsEscaped()
    {
        Assert.Equal("<ol><li>h0\">&lt;b&gt;</li><li>h1\">Two</li></ol>", Toc(3, (2, "<b>"), (2, "Two")));
        Assert.Equal("", Toc(1, (2, "only deep")));
    }
}
