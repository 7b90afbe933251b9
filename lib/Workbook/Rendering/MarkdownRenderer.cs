using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Workbook.Rendering;

/// <summary>Markdown rendered for a report, with the headings it contained.</summary>
/// <param name="Html">The HTML.</param>
/// <param name="Headings">Every heading in document order, with the id it was given.</param>
/// <param name="DroppedTitle">The leading heading when it was left out of <paramref name="Html"/> to become the report's title.</param>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings, TocEntry? DroppedTitle);

/// <summary>
/// Markdown cells to HTML with Markdig's advanced extensions (pipe and grid tables, fenced code, task lists,
/// footnotes, auto-links...) and the rules a self-contained report needs:
/// <list type="bullet">
/// <item>heading ids are GitHub-style slugs, made unique across the whole report by a shared <see cref="Slugger"/>;</item>
/// <item>local images (read by the <see cref="LocalFileReader"/> given, relative to the notebook's folder) are inlined
/// as data URIs; a remote image becomes a link to it (a report fetches nothing); a missing one becomes a visible note;</item>
/// <item>links to sibling notebooks (<c>02-returns.dib</c>, <c>.ipynb</c>) point at their reports (<c>02-returns.html</c>);</item>
/// <item>fenced C# blocks are highlighted like code cells;</item>
/// <item><c>@fig-label</c> cites a numbered figure (<see cref="CrossReferences"/>).</item>
/// </list>
/// Raw HTML written in the markdown is the author's: the result goes through <see cref="ScriptPolicy.Authored"/>,
/// sanitised unless the author chose to trust it.
/// </summary>
internal sealed class MarkdownRenderer(LocalFileReader? localFiles, Slugger slugger, ScriptPolicy scripts, FigureNumbers? figures = null)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .Build();

    /// <summary>Renders <paramref name="markdown"/>; with <paramref name="dropLeadingHeading"/>, a heading that opens it is returned apart instead of rendered.</summary>
    public RenderedMarkdown Render(string markdown, bool dropLeadingHeading = false)
    {
        if (MarkdownBudget.TryParse(markdown, Pipeline, out var reason) is not { } document)
            return new RenderedMarkdown(MarkdownBudget.Unrendered(markdown, reason!), [], null);
        var headings = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            attributes.Id = slugger.Unique(attributes.Id ?? "");
            headings.Add(new TocEntry(heading.Level, PlainText(heading.Inline).Trim(), attributes.Id));
        }
        foreach (var link in document.Descendants<LinkInline>().ToList())
            Rewrite(link);
        if (figures is not null)
            CrossReferences.Resolve(document, figures);

        TocEntry? dropped = null;
        if (dropLeadingHeading && document.Count > 0 && document[0] is HeadingBlock)
        {
            document.RemoveAt(0);
            dropped = headings[0];
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var fallback = renderer.ObjectRenderers.FindExact<CodeBlockRenderer>();
        if (fallback is not null)
            renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(fallback));
        try
        {
            renderer.Render(document);
        }
        catch (Exception problem) when (problem is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            return new RenderedMarkdown(MarkdownBudget.Unrendered(markdown, "Markdig could not render it: " + problem.Message), [], null);
        }
        writer.Flush();
        return new RenderedMarkdown(scripts.Authored(writer.ToString()), headings, dropped);
    }

    /// <summary>The text of the first heading in <paramref name="markdown"/>, or null when it has none.</summary>
    public static string? FirstHeading(string markdown) =>
        MarkdownBudget.TryParse(markdown, Pipeline, out _)?.Descendants<HeadingBlock>().FirstOrDefault() is { } heading
            ? PlainText(heading.Inline).Trim()
            : null;

    /// <summary>
    /// The text of the first paragraph in <paramref name="markdown"/> as a reader sees it (raw HTML sanitised, so a
    /// script's source is not taken for prose), or null when it has none.
    /// </summary>
    public static string? FirstParagraph(string markdown)
    {
        if (MarkdownBudget.TryParse(markdown, Pipeline, out _)?.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument) is not { } paragraph)
            return null;
        var html = AuthorHtml.Sanitize(Markdown.ToHtml(markdown.Substring(paragraph.Span.Start, paragraph.Span.Length), Pipeline));
        var text = string.Concat(HtmlFragment.Parse(html).Select(n => n.TextContent));
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 0 ? text : null;
    }

    /// <summary>The text of inline markup, without the markup (emphasis, links and code keep their text; raw HTML is left out).</summary>
    internal static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
            return "";
        var text = new System.Text.StringBuilder();
        Append(text, inline);
        return text.ToString();

        static void Append(System.Text.StringBuilder text, Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                        Append(text, child);
                    break;
            }
        }
    }

    private void Rewrite(LinkInline link)
    {
        var url = link.Url;
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith('#'))
            return;
        if (!link.IsImage)
        {
            if (!IsRemote(url))
                link.Url = ReportLink(url);
            return;
        }
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return;
        if (IsRemote(url))
        {
            link.IsImage = false;
            return;
        }
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        var mimeType = DataUri.ImageMimeType(path);
        var file = localFiles?.Invoke(url);
        if (mimeType is not null && file is not null && file.Length <= DataUri.MaxInlineBytes)
        {
            link.Url = DataUri.FromBytes(mimeType, file.Read());
            return;
        }
        var reason = file is null ? "image not found" : mimeType is null ? "not an image type" : "image too large to inline";
        link.ReplaceBy(new HtmlInline($"<span class=\"missing-image\">[{Html.Escape(reason)}: {Html.Escape(url)}]</span>"));
    }

    private static bool IsRemote(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile && url.Contains(':', StringComparison.Ordinal));

    // Reports are written side by side, named after their notebooks, so a link to a notebook is a link to its report.
    private static string ReportLink(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        var rest = cut < 0 ? "" : url[cut..];
        var extension = Path.GetExtension(path);
        return extension.Equals(".dib", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ipynb", StringComparison.OrdinalIgnoreCase)
            ? Path.ChangeExtension(path, ".html") + rest
            : url;
    }

    /// <summary>Fenced C# blocks highlighted like code cells; every other block as Markdig writes it.</summary>
    private sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer fallback) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            if (block is not FencedCodeBlock fenced || !CodeHighlighter.IsCSharp(fenced.Info))
            {
                fallback.Write(renderer, block);
                return;
            }
            renderer.EnsureLine();
            renderer.Write("<pre class=\"code\"><code class=\"language-csharp\">");
            renderer.Write(CodeHighlighter.ToHtml(block.Lines.ToString(), "csharp"));
            renderer.Write("</code></pre>");
            renderer.WriteLine();
        }
    }
}
