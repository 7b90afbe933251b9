using System.Globalization;
using Workbook.Execution;
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
        WriteHeader(writer, header);
        var opening = true;
        // The key finding follows the opening cell, whose first paragraph is the abstract.
        var findingWritten = !document.Sections.OfType<MarkdownSection>().Any();
        if (findingWritten)
            WriteUnderAbstract(writer, document);
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
                        WriteUnderAbstract(writer, document);
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

    private static void WriteHeader(TextWriter writer, ReportHeader header)
    {
        writer.Write("<header class=\"report-header\" id=\"report-header\">\n<h1 id=\"");
        writer.Write(header.TitleId);
        writer.Write("\">");
        Html.Write(writer, header.Title);
        writer.Write("</h1>\n");

        if (header.Failure is { } failure)
        {
            writer.Write($"<p class=\"status status-failed\"><span class=\"badge badge-failed\">Failed</span> at <a href=\"#{failure.Anchor}\">cell {failure.CellNumber}</a>: ");
            Html.Write(writer, failure.Summary);
            writer.Write("</p>\n");
        }
        else
        {
            writer.Write($"<p class=\"status status-ok\"><span class=\"badge badge-ok\">OK</span> all {header.CellCount} cells ran without error</p>\n");
        }
        if (header.CacheNote is { } cached)
        {
            writer.Write("<p class=\"status status-cached\" id=\"from-cache\"><span class=\"badge badge-override\">Cached</span> ");
            Html.Write(writer, cached);
            writer.Write("</p>\n");
        }
        if (header.TrustsAuthorHtml)
            writer.Write("<p class=\"status status-trusted\" id=\"trusted-html\"><span class=\"badge badge-override\">Trusted HTML</span> raw HTML in this notebook's markdown and html cells was not sanitised, and its scripts run.</p>\n");

        writer.Write("<dl class=\"facts\">\n");
        Fact(writer, "Run", w =>
        {
            w.Write($"<time datetime=\"{Durations.IsoTimestamp(header.StartedAt)}\">{Durations.FormatTimestamp(header.StartedAt)}</time>");
            w.Write(" · ");
            w.Write(Durations.Format(header.Duration));
        });
        Fact(writer, "Notebook", w =>
        {
            w.Write("<code>");
            Html.Write(w, header.NotebookPath);
            w.Write("</code>");
        });
        if (header.AsOf is { } asOf)
            Fact(writer, "As of", w => WriteAsOf(w, asOf));
        Fact(writer, "Data", w =>
        {
            if (header.Data is not { } data)
            {
                w.Write("no <code>data/</code> folder found");
                return;
            }
            w.Write("<code class=\"fingerprint\" title=\"SHA-256 over the files under data/: ");
            w.Write(data.Sha256);
            w.Write("\">sha256:");
            w.Write(data.Sha256[..12]);
            w.Write("</code> · ");
            w.Write($"{data.FileCount.ToString(CultureInfo.InvariantCulture)} file{(data.FileCount == 1 ? "" : "s")}, {FormatBytes(data.TotalBytes)}");
        });
        Fact(writer, "Engine", w =>
        {
            w.Write("workbook ");
            Html.Write(w, header.EngineVersion);
            w.Write(" · ");
            Html.Write(w, header.RuntimeVersion);
        });
        if (header.Packages.Count > 0)
        {
            Fact(writer, "Environment", w =>
            {
                w.Write("<details class=\"environment\" id=\"environment\"><summary>");
                w.Write($"{header.Packages.Count.ToString(CultureInfo.InvariantCulture)} package{(header.Packages.Count == 1 ? "" : "s")} installed by the setup cell");
                w.Write("</summary><ul>");
                foreach (var package in header.Packages)
                {
                    w.Write("<li><code>");
                    Html.Write(w, package);
                    w.Write("</code></li>");
                }
                w.Write("</ul></details>");
            });
        }
        Fact(writer, "Commit", w =>
        {
            if (header.Commit is not { } git)
            {
                w.Write("not in a git repository");
                return;
            }
            w.Write($"<code title=\"{git.Commit}\">{git.ShortCommit}</code>");
            if (git.Branch is not null)
            {
                w.Write(" on <code>");
                Html.Write(w, git.Branch);
                w.Write("</code>");
            }
        });
        writer.Write("</dl>\n");

        if (header.Parameters.Count > 0)
        {
            // Folded to one line when every value is the default, so the first screen reaches the question.
            var overridden = header.Parameters.Count(p => p.Overridden);
            writer.Write(overridden > 0 ? "<details class=\"parameters-fold\" open>" : "<details class=\"parameters-fold\">");
            writer.Write($"<summary>{header.Parameters.Count.ToString(CultureInfo.InvariantCulture)} parameter{(header.Parameters.Count == 1 ? "" : "s")}, ");
            writer.Write(overridden == 0 ? "all defaults" : $"{overridden.ToString(CultureInfo.InvariantCulture)} overridden");
            writer.Write("</summary>\n<table class=\"parameters\">\n<caption>Parameters</caption>\n<thead><tr><th>Name</th><th>Value</th><th>Source</th></tr></thead>\n<tbody>\n");
            foreach (var parameter in header.Parameters)
            {
                writer.Write(parameter.Overridden ? "<tr class=\"overridden\"><td><code>" : "<tr><td><code>");
                Html.Write(writer, parameter.Name);
                writer.Write("</code></td><td><code>");
                Html.Write(writer, parameter.Value);
                writer.Write("</code></td><td>");
                if (parameter.Overridden)
                {
                    writer.Write("<span class=\"badge badge-override\">override</span>");
                    if (parameter.Default is not null)
                    {
                        writer.Write(" default <code>");
                        Html.Write(writer, parameter.Default);
                        writer.Write("</code>");
                    }
                }
                else
                {
                    writer.Write("default");
                }
                writer.Write("</td></tr>\n");
            }
            writer.Write("</tbody>\n</table>\n</details>\n");
        }
        writer.Write("</header>\n");
    }

    /// <summary>Each declared source with its date, as the header and the index card show them.</summary>
    public static void WriteAsOf(TextWriter writer, DataAsOf asOf)
    {
        writer.Write("<span class=\"data-as-of\">");
        for (var i = 0; i < asOf.Sources.Count; i++)
        {
            var source = asOf.Sources[i];
            if (i > 0)
                writer.Write(" · ");
            Html.Write(writer, source.Label);
            writer.Write($" to <time datetime=\"{source.IsoDate}\">{source.IsoDate}</time>");
        }
        writer.Write("</span>");
    }

    // Under the abstract: the key finding (kept first, so that it stays on the first screen), then the staleness line
    // when the data end too long before the run.
    private static void WriteUnderAbstract(TextWriter writer, ReportDocument document)
    {
        WriteKeyFinding(writer, document.KeyFinding);
        if (document.Header.AsOf?.StaleLineHtml(document.Header.StartedAt) is { } stale)
            writer.Write($"<p class=\"stale-data\" id=\"stale-data\" role=\"note\">{stale}</p>\n");
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

    private static void Fact(TextWriter writer, string name, Action<TextWriter> value)
    {
        writer.Write("<div><dt>");
        writer.Write(name);
        writer.Write("</dt><dd>");
        value(writer);
        writer.Write("</dd></div>\n");
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

    private static string FormatBytes(long bytes)
    {
        var c = CultureInfo.InvariantCulture;
        return bytes switch
        {
            < 1024 => $"{bytes.ToString(c)} B",
            < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", c)} KiB",
            _ => $"{(bytes / (1024.0 * 1024)).ToString("0.#", c)} MiB",
        };
    }
}
