using MinerCapex.Notebook;

namespace MinerCapex.Tests.Notebook;

public class MarkupTests
{
    [Fact]
    public void Holes_are_escaped_and_literals_are_markup()
    {
        var symbol = "<img src=x onerror=alert(1)>";
        var html = Markup.Of($"<p>{symbol} rose {Markup.Bold("12%")}</p>").Html;

        Assert.Equal("<p>&lt;img src=x onerror=alert(1)&gt; rose <b>12%</b></p>", html);
    }

    [Fact]
    public void Numbers_in_holes_use_their_format() =>
        Assert.Equal("1.50 and 2024-04-22", Markup.Of($"{1.5:F2} and {new DateOnly(2024, 4, 22):yyyy-MM-dd}").Html);

    [Fact]
    public void Plain_text_drops_tags_and_decodes_entities() =>
        Assert.Equal("p < 0.0001 for MINERS", Markup.Of($"<b>{"p < 0.0001"}</b> for <code>MINERS</code>").ToPlainText());
}
