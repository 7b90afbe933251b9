using AngleSharp.Dom;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>
/// The key finding a notebook marks for its abstract: the output of the code cell whose options say
/// <c>//| abstract: key-finding</c>, so that the finding is computed, never typed. The report shows its prose (a
/// read-out's sentences, without its tables) under the abstract, linked to the cell or the table it comes from.
/// </summary>
/// <param name="Html">The finding's prose, sanitised: the output's HTML with its tables removed, or its text as a paragraph.</param>
/// <param name="Target">The anchor of the cell's first numbered table or chart, or of the cell.</param>
/// <param name="TargetName">What the link reads: <c>Table 3</c>, <c>Figure 2</c> or <c>cell 12</c>.</param>
internal sealed record KeyFinding(string Html, string Target, string TargetName)
{
    /// <summary>The option key and value that mark the cell.</summary>
    public const string OptionKey = "abstract", OptionValue = "key-finding";

    /// <summary>The finding of the first marked cell that has one, or null.</summary>
    public static KeyFinding? Of(NotebookRun run, FigureNumbers figures)
    {
        foreach (var cell in run.Cells)
        {
            if (cell.Cell.IsMarkdown() || CellOptions.Parse(cell.Cell.Contents)[OptionKey] != OptionValue)
                continue;
            if (Prose(cell.Outputs) is not { } html)
                continue;
            var figure = Enumerable.Range(0, cell.Outputs.Count).Select(i => figures.At(cell.Index, i)).FirstOrDefault(f => f is not null);
            return figure is null
                ? new KeyFinding(html, ReportBuilder.AnchorOf(cell), "cell " + cell.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new KeyFinding(html, figure.Id, figure.Name);
        }
        return null;
    }

    // The first display output's prose: its HTML without tables and without elements left empty by their removal.
    private static string? Prose(IReadOnlyList<CellOutput> outputs)
    {
        foreach (var display in outputs.OfType<DisplayOutput>())
        {
            if (display.Get("text/html") is { } html)
            {
                var nodes = HtmlFragment.Parse(AuthorHtml.Sanitize(html)).ToList();
                var kept = new System.Text.StringBuilder();
                foreach (var node in nodes)
                {
                    if (node is IElement element)
                    {
                        if (element.LocalName == "table")
                            continue;
                        foreach (var table in element.QuerySelectorAll("table").ToList())
                            table.Remove();
                        if (element.TextContent.Trim().Length == 0)
                            continue;
                        kept.Append(element.OuterHtml);
                    }
                    else if (node.TextContent.Trim().Length > 0)
                    {
                        kept.Append("<p>").Append(Rendering.Html.Escape(node.TextContent.Trim())).Append("</p>");
                    }
                }
                if (kept.Length > 0)
                    return kept.ToString();
                continue;
            }
            if (display.Get("text/plain") is { Length: > 0 } text && text.Trim().Length > 0)
                return "<p>" + Rendering.Html.Escape(text.Trim()) + "</p>";
        }
        return null;
    }
}
