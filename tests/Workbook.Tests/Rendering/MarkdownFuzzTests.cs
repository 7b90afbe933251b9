using TestSupport.Fuzz;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>
/// The markdown path over generated inputs (seeded, bounded in size): every input renders, either as markdown or as
/// escaped text under a note, and never throws; a large or deeply nested one is the budget's case. The time bound
/// is in the benchmarks (MarkdownBudgetBenchmarks), not here.
/// </summary>
public class MarkdownFuzzTests
{
    private static readonly string[] Tokens =
    [
        "[a](", "](", ")", "[", "]", "![", ">", "> ", "*", "**", "_", "`", "```", "~~~", "|", "---", "- ", "1. ", "#", "# ", "\n", "\n\n",
        "<div>", "</div>", "<script>", "<", "&", "&amp;", "\\", "@fig-x", "[^1]", "[^1]: ", "$", "x", " ", "    ", "\t",
    ];

    [Fact]
    public void Generated_markdown_always_renders_and_never_throws()
    {
        var generated = new TokenText(31, Tokens);
        foreach (var markdown in generated.Many(500, 60).Concat(generated.Many(20, 4_000)))
        {
            var rendered = new MarkdownRenderer(null, new Slugger(), ScriptPolicy.Create()).Render(markdown);
            Assert.NotNull(rendered.Html);
            Assert.DoesNotContain("<script>", rendered.Html);
            _ = MarkdownRenderer.FirstParagraph(markdown);
            _ = MarkdownRenderer.FirstHeading(markdown);
        }
    }

    [Theory]
    [InlineData(">", 200)]
    [InlineData("[", 2_000)]
    [InlineData("*a ", 12_000)]
    [InlineData("[a](", 9_000)]
    public void Nesting_past_Markdig_or_over_the_budget_is_shown_as_text_with_a_note(string unit, int times)
    {
        var markdown = string.Concat(Enumerable.Repeat(unit, times)) + " end";

        var rendered = new MarkdownRenderer(null, new Slugger(), ScriptPolicy.Create()).Render(markdown);

        Assert.StartsWith("<div class=\"markdown-unrendered\"><p class=\"render-note\">This markdown cell is shown as text, not rendered: ", rendered.Html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(markdown), rendered.Html);
        Assert.Empty(rendered.Headings);
    }
}
