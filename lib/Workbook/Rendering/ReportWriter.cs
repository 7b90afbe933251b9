using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one HTML page: styles and scripts inline (each stamped with the page's
/// nonce), plotly.js once in the head when a chart needs it (inline, or the shared file), the controls, a table of
/// contents beside the content on wide screens, the header, the cells and the Sources section.
/// </summary>
internal static class ReportWriter
{
    public static void Write(TextWriter writer, ReportDocument document, string fileName)
    {
        var header = document.Header;
        var policy = document.Scripts;
        PageShell.WriteHead(writer, policy, header.Title, document.Summary(fileName).ToJson(), head =>
        {
            if (!document.HasChart)
                return;
            if (document.Options.Plotly == PlotlyMode.Shared)
            {
                head.Write(policy.ScriptTag($"data-plotly-version=\"{PlotlyScript.Version}\" src=\"{PlotlyScript.SharedFileName}\""));
                head.Write("</script>\n");
                return;
            }
            head.Write(policy.ScriptTag($"data-plotly-version=\"{PlotlyScript.Version}\""));
            head.Write('\n');
            head.Write(PlotlyScript.Source);
            head.Write("\n</script>\n");
        });
        writer.Write("<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n<div class=\"layout\">\n");
        WriteToc(writer, document);
        writer.Write("<main id=\"content\">\n");
        ReportControls.Write(writer);
        var model = HeaderModel.Of(header);
        HeaderTemplate.Write(writer, model);
        var opening = true;
        // The key finding follows the opening cell, whose first paragraph is the abstract.
        var findingWritten = !document.Sections.OfType<MarkdownSection>().Any();
        if (findingWritten)
            WriteUnderAbstract(writer, document, model);
        foreach (var section in document.Sections)
        {
            switch (section)
            {
                case MarkdownSection markdown:
                    // The first markdown cell's first paragraph is the report's abstract.
                    writer.Write($"<section class=\"cell cell-markdown{(opening ? " cell-opening" : "")}\" id=\"{markdown.Anchor}\">\n");
                    opening = false;
                    writer.Write(markdown.Html);
                    writer.Write("</section>\n");
                    if (!findingWritten)
                        WriteUnderAbstract(writer, document, model);
                    findingWritten = true;
                    break;
                case CodeSection code:
                    WriteCode(writer, code);
                    break;
            }
        }
        WriteSources(writer, document.Sources);
        writer.Write("<footer class=\"report-footer\">Rendered by workbook ");
        Html.Write(writer, header.EngineVersion);
        writer.Write(" from <code>");
        Html.Write(writer, header.NotebookPath);
        writer.Write("</code>.</footer>\n</main>\n</div>\n");
        PageShell.WriteEnd(writer, policy, withScript: true);
    }

    private static void WriteToc(TextWriter writer, ReportDocument document)
    {
        // A details element, so the list folds behind one line on a phone even without script; the script opens it
        // on wide screens, where it sits beside the text.
        writer.Write("<nav class=\"toc\" id=\"contents\" aria-label=\"Contents\">\n<details class=\"toc-fold\"><summary class=\"toc-title\">Contents</summary>\n");
        if (document.Headings.Count == 0)
        {
            writer.Write("<ol><li><a href=\"#");
            writer.Write(document.Header.TitleId);
            writer.Write("\">");
            Html.Write(writer, document.Header.Title);
            writer.Write("</a></li></ol>");
        }
        else
        {
            var headings = document.Sources.Count == 0
                ? document.Headings
                : [.. document.Headings, new TocEntry(document.Headings.Min(h => h.Level), "Sources", "sources")];
            TocBuilder.Write(writer, headings, document.Options.TocDepth);
        }
        writer.Write("\n</details>\n</nav>\n");
    }

    // Under the abstract: the key finding (kept first, so that it stays on the first screen), then the staleness line
    // when the data end too long before the run.
    private static void WriteUnderAbstract(TextWriter writer, ReportDocument document, HeaderModel header)
    {
        WriteKeyFinding(writer, document.KeyFinding);
        HeaderTemplate.WriteStaleLine(writer, header);
    }

    private static void WriteKeyFinding(TextWriter writer, KeyFinding? finding)
    {
        if (finding is null)
            return;
        writer.Write("<aside class=\"key-finding\" id=\"key-finding\" aria-labelledby=\"key-finding-title\">\n<p class=\"key-finding-title\" id=\"key-finding-title\">Key finding</p>\n");
        writer.Write(finding.Html);
        writer.Write($"\n<p class=\"key-finding-source\">Computed in <a href=\"#{Html.Escape(finding.Target)}\">");
        Html.Write(writer, finding.TargetName);
        writer.Write("</a>.</p>\n</aside>\n");
    }

    private static void WriteSources(TextWriter writer, IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0)
            return;
        writer.Write("<section class=\"sources\" id=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
        foreach (var source in sources)
        {
            writer.Write($"<li id=\"{source.Id}\">");
            if (source.Title is { } title)
            {
                Html.Write(writer, title);
                writer.Write(": ");
            }
            writer.Write("<a href=\"");
            Html.Write(writer, source.Url);
            writer.Write("\" rel=\"noopener noreferrer\">");
            Html.Write(writer, source.Url);
            writer.Write("</a></li>\n");
        }
        writer.Write("</ol>\n</section>\n");
    }

    private static void WriteCode(TextWriter writer, CodeSection code)
    {
        var status = code.Status switch
        {
            CellStatus.Failed => " cell-failed",
            CellStatus.Skipped => " cell-skipped",
            _ => "",
        };
        writer.Write($"<section class=\"cell cell-code{status}\" id=\"{code.Anchor}\">\n");
        writer.Write(code.Open ? "<details class=\"code\" open>" : "<details class=\"code\">");
        writer.Write("<summary><span class=\"code-label\">Code</span> <span class=\"cell-meta\">");
        Html.Write(writer, KernelLabel(code.Kernel));
        writer.Write($" · cell {code.Number}");
        switch (code.Status)
        {
            case CellStatus.Failed:
                writer.Write($" · {Durations.Format(code.Duration)}</span> <span class=\"badge badge-failed\">failed</span>");
                break;
            case CellStatus.Skipped:
                writer.Write("</span> <span class=\"badge badge-skipped\">not run</span>");
                break;
            default:
                writer.Write($" · <span class=\"cell-time\">{Durations.Format(code.Duration)}</span></span>");
                break;
        }
        writer.Write("</summary>\n<div class=\"code-block\"><button type=\"button\" class=\"copy\" aria-label=\"Copy code to clipboard\">Copy</button>");
        writer.Write($"<pre class=\"code\"><code class=\"language-{Html.Escape(code.Kernel)}\">");
        writer.Write(code.SourceHtml);
        writer.Write("</code></pre></div>\n</details>\n");
        if (code.OutputsHtml.Length > 0)
        {
            writer.Write("<div class=\"outputs\">\n");
            writer.Write(code.OutputsHtml);
            writer.Write("\n</div>\n");
        }
        writer.Write("</section>\n");
    }

    private static string KernelLabel(string kernel) => kernel switch
    {
        "csharp" => "C#",
        "fsharp" => "F#",
        "pwsh" => "PowerShell",
        "javascript" => "JavaScript",
        "html" => "HTML",
        "sql" => "SQL",
        "kql" => "KQL",
        _ => kernel,
    };
}
