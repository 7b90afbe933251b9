using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Workbook.Rendering;

/// <summary>
/// <c>@fig-label</c> and <c>@tbl-label</c> in prose become links that read "Figure 3" or "Table 2", numbered as the
/// report numbers them; an unknown label stays visible, marked, so a typo shows in the report.
/// </summary>
internal static partial class CrossReferences
{
    public static void Resolve(MarkdownDocument document, FigureNumbers figures)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            var text = literal.Content.ToString();
            if (!text.Contains('@', StringComparison.Ordinal) || literal.Parent is null)
                continue;
            var matches = Reference().Matches(text);
            if (matches.Count == 0)
                continue;
            Inline anchor = literal;
            var position = 0;
            foreach (Match match in matches)
            {
                if (match.Index > position)
                    anchor = After(anchor, new LiteralInline(text[position..match.Index]));
                var label = match.Groups[1].Value;
                anchor = After(anchor, new HtmlInline(figures.Labelled(label) is { } figure
                    ? $"<a class=\"xref\" href=\"#{Html.Escape(figure.Id)}\">{figure.Name}</a>"
                    : $"<span class=\"xref xref-missing\" title=\"no figure or table has this label\">@{Html.Escape(label)}</span>"));
                position = match.Index + match.Length;
            }
            if (position < text.Length)
                After(anchor, new LiteralInline(text[position..]));
            literal.Remove();
        }
    }

    private static Inline After(Inline anchor, Inline next)
    {
        anchor.InsertAfter(next);
        return next;
    }

    [GeneratedRegex(@"(?<![\w@.])@((?:fig|tbl)-[A-Za-z0-9_-]*[A-Za-z0-9])")]
    private static partial Regex Reference();
}
