using BenchmarkDotNet.Attributes;
using Workbook.Rendering;

namespace Benchmarks.Rendering;

/// <summary>
/// The time bound of one markdown cell (issue 21): the worst input found for Markdig (unclosed links, quadratic) at
/// the budget's size, the same input four times over it (shown as text without parsing), and nesting past Markdig's
/// limit. The hostile-input tests check what the report shows; this checks what it costs.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBudgetBenchmarks
{
    private readonly string _linksAtBudget = Repeat("[a](", MarkdownBudget.MaxCharacters);
    private readonly string _linksOverBudget = Repeat("[a](", 120_000);
    private readonly string _nested = new string('>', 128) + " x";
    private readonly string _prose = Repeat("Miners moved with **bitcoin** until [the deal](https://example.com); see @fig-x.\n\n", MarkdownBudget.MaxCharacters);

    [Benchmark(Description = "32,000 chars of '[a](' (the budget, worst case)")]
    public string LinksAtBudget() => Render(_linksAtBudget);

    [Benchmark(Description = "120,000 chars of '[a](' (over the budget: shown as text)")]
    public string LinksOverBudget() => Render(_linksOverBudget);

    [Benchmark(Description = "128 '>' (nested past Markdig's limit)")]
    public string NestedPastLimit() => Render(_nested);

    [Benchmark(Baseline = true, Description = "32,000 chars of ordinary prose")]
    public string ProseAtBudget() => Render(_prose);

    private static string Render(string markdown) =>
        new MarkdownRenderer(null, new Slugger(), ScriptPolicy.Create()).Render(markdown).Html;

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];
}
