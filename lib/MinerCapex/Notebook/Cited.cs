namespace MinerCapex.Notebook;

/// <summary>
/// A table cell's value together with the address it was read from, such as a capex figure and its
/// <c>source_url</c>. <see cref="ResultTable"/> and the data-frame and record tables show the value as their column
/// formats it, as a link to the address marked <c>data-cite-url</c> (and <c>data-cite-title</c>), so that a workbook
/// report numbers it and lists it under Sources; any other notebook front end shows a plain link. The CSV export
/// keeps the bare value.
/// </summary>
/// <param name="Value">The value shown.</param>
/// <param name="Url">Where it was read; a value whose address is not http(s) is shown without a link.</param>
/// <param name="Title">What the Sources list calls the address (e.g. the headline), or null.</param>
public sealed record Cited(object? Value, string? Url, string? Title = null)
{
    /// <summary>
    /// <paramref name="content"/> as a cited link to <paramref name="url"/>, with <paramref name="tooltip"/> as its
    /// title; when the address is not an http(s) URL, the content in a span carrying only the tooltip (a cited
    /// <c>javascript:</c> address must not become a link).
    /// </summary>
    public static Markup Link(Markup content, string? url, string? title = null, string? tooltip = null)
    {
        var tip = tooltip is null ? Markup.Empty : Markup.Of($" title=\"{tooltip}\"");
        if (!IsWebAddress(url))
            return tooltip is null ? content : Markup.Of($"<span{tip}>{content}</span>");
        var cite = title is null ? Markup.Empty : Markup.Of($" data-cite-title=\"{title}\"");
        return Markup.Of($"<a href=\"{url}\" data-cite-url=\"{url}\"{cite}{tip} rel=\"noopener noreferrer\" target=\"_blank\">{content}</a>");
    }

    /// <summary>True for an absolute http or https address without white space.</summary>
    public static bool IsWebAddress(string? text) =>
        text is not null
        && (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(text, UriKind.Absolute, out _)
        && !text.Any(char.IsWhiteSpace);

    /// <inheritdoc/>
    public override string ToString() => Value?.ToString() ?? "";
}
