using System.Globalization;
using Markdig;
using Markdig.Syntax;

namespace Workbook.Rendering;

/// <summary>
/// How much markdown one cell may ask of Markdig. Markdig's inline parser is quadratic on some inputs (30,000
/// unclosed <c>[a](</c> links take seconds, a megabyte tens of minutes) and throws on nesting deeper than it
/// supports; a cell over the budget, or one Markdig rejects, is shown as its text, escaped, under a note, and
/// never costs the run its report.
/// </summary>
internal static class MarkdownBudget
{
    /// <summary>
    /// The most characters one cell renders as markdown: under a second for the worst inputs measured
    /// (tests/Benchmarks, <c>MarkdownBudgetBenchmarks</c>), and far above any prose cell (the notebooks' largest is
    /// under 5,000).
    /// </summary>
    public const int MaxCharacters = 32_000;

    /// <summary>Parses <paramref name="markdown"/> within the budget; null with the reason when it is over it or Markdig rejects it.</summary>
    public static MarkdownDocument? TryParse(string markdown, MarkdownPipeline pipeline, out string? reason)
    {
        if (markdown.Length > MaxCharacters)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"{markdown.Length:N0} characters, more than the {MaxCharacters:N0} a cell may render as markdown");
            return null;
        }
        try
        {
            reason = null;
            return Markdown.Parse(markdown, pipeline);
        }
        catch (Exception problem) when (problem is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            // Markdig's own guard ("too deeply nested") and its recursion limits: the input, not the engine, is at fault.
            reason = "Markdig could not parse it: " + problem.Message;
            return null;
        }
    }

    /// <summary>The cell's text as the report shows it when it is not rendered: a note saying why, then the text, escaped.</summary>
    public static string Unrendered(string markdown, string reason) =>
        "<div class=\"markdown-unrendered\"><p class=\"render-note\">This markdown cell is shown as text, not rendered: "
        + Html.Escape(reason) + ".</p><pre>" + Html.Escape(markdown) + "</pre></div>\n";
}
