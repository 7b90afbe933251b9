using AngleSharp.Dom;
using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>
/// The package list a setup cell's <c>#r "nuget: …"</c> lines display ("Installed Packages", as the engine and the
/// .NET Interactive kernel write it). The report folds it into the header's one-line Environment detail instead of
/// opening with it.
/// </summary>
/// <remarks>
/// The kernel writes it as HTML only (a <c>strong</c> heading and a list), and so does the engine, to match; a text
/// form ("Installed Packages" then one "- name, version" line each) is read too.
/// </remarks>
internal static class EnvironmentOutput
{
    private const string Heading = "Installed Packages";

    /// <summary>The packages listed by <paramref name="output"/>, or null when it is not a package list.</summary>
    public static IReadOnlyList<string>? Packages(CellOutput output)
    {
        if (output is not DisplayOutput display)
            return null;
        if (display.Get("text/plain") is { } plain)
            return FromText(plain);
        return display.Get("text/html") is { } html ? FromHtml(html) : null;
    }

    private static IReadOnlyList<string>? FromText(string plain)
    {
        var lines = plain.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines[0].Trim() != Heading)
            return null;
        return lines.Skip(1)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)
            .ToList();
    }

    // Only an output that is the list and nothing else: its text is the heading followed by the items.
    private static IReadOnlyList<string>? FromHtml(string html)
    {
        if (!html.Contains(Heading, StringComparison.Ordinal))
            return null;
        var elements = HtmlFragment.Parse(html).OfType<IElement>().ToList();
        if (elements.Count != 1 || elements[0].QuerySelector("strong") is not { } strong || strong.TextContent.Trim() != Heading)
            return null;
        var items = elements[0].QuerySelectorAll("li").Select(li => li.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        var rest = elements[0].TextContent.Replace(Heading, "", StringComparison.Ordinal);
        foreach (var item in items)
            rest = rest.Replace(item, "", StringComparison.Ordinal);
        return items.Count > 0 && rest.Trim().Length == 0 ? items : null;
    }
}
