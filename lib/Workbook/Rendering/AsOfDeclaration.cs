using System.Globalization;
using AngleSharp.Dom;
using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>
/// One source of data a notebook says it read, and the last date that source covers, as a cell's HTML output
/// declares it:
/// <code>&lt;span data-workbook-as-of="2026-10-07" data-workbook-as-of-label="prices"
///       data-workbook-refresh="dotnet run --project lib/MinerCapex.Cli -- data refresh"&gt;prices to 2026-10-07&lt;/span&gt;</code>
/// The date is ISO 8601 (<c>yyyy-MM-dd</c>), the label names the source, the refresh command (optional) is what a
/// reader runs to bring it up to date. The element's own text is the notebook's business: the engine reads only the
/// attributes, so it stays ignorant of what the data are, and any kernel shows the same output.
/// </summary>
/// <param name="Label">The source's name ("prices").</param>
/// <param name="Date">The last date the source covers.</param>
/// <param name="RefreshCommand">The command that refreshes the source, or null.</param>
internal sealed record AsOfDeclaration(string Label, DateOnly Date, string? RefreshCommand)
{
    /// <summary>The attribute holding the date; its presence makes the element a declaration.</summary>
    public const string DateAttribute = "data-workbook-as-of";

    /// <summary>The attribute naming the source.</summary>
    public const string LabelAttribute = "data-workbook-as-of-label";

    /// <summary>The attribute holding the refresh command.</summary>
    public const string RefreshAttribute = "data-workbook-refresh";

    /// <summary>"prices to 2026-10-07".</summary>
    public string Text => Label + " to " + IsoDate;

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    public string IsoDate => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The declarations in the HTML of <paramref name="outputs"/>, in order. An element whose date is not an ISO
    /// date or whose label is blank declares nothing: a malformed declaration must not put a wrong date in the header.
    /// </summary>
    public static IEnumerable<AsOfDeclaration> In(IEnumerable<CellOutput> outputs)
    {
        foreach (var display in outputs.OfType<DisplayOutput>())
        {
            if (display.Get("text/html") is not { } html || !html.Contains(DateAttribute, StringComparison.Ordinal))
                continue;
            foreach (var node in HtmlFragment.Parse(html))
            {
                if (node is not IElement element)
                    continue;
                var marked = element.QuerySelectorAll($"[{DateAttribute}]").ToList();
                if (element.HasAttribute(DateAttribute))
                    marked.Insert(0, element);
                foreach (var declared in marked)
                {
                    if (From(declared) is { } declaration)
                        yield return declaration;
                }
            }
        }
    }

    private static AsOfDeclaration? From(IElement element)
    {
        var label = element.GetAttribute(LabelAttribute)?.Trim();
        if (string.IsNullOrEmpty(label)
            || !DateOnly.TryParseExact(element.GetAttribute(DateAttribute)?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        var refresh = element.GetAttribute(RefreshAttribute)?.Trim();
        return new AsOfDeclaration(label, date, string.IsNullOrEmpty(refresh) ? null : refresh);
    }
}
