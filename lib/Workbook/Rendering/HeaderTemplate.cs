namespace Workbook.Rendering;

/// <summary>
/// Prints a <see cref="HeaderModel"/> as the report's header: the title, the status lines, the facts list and the
/// folded parameters table. Every choice was made in the model; the template only skips what the model left out.
/// </summary>
internal static class HeaderTemplate
{
    public static void Write(TextWriter writer, HeaderModel header)
    {
        writer.Write($"<header class=\"report-header\" id=\"report-header\">\n<h1 id=\"{header.TitleId}\">");
        Html.Write(writer, header.Title);
        writer.Write("</h1>\n");
        WriteStatus(writer, header);
        writer.Write("<dl class=\"facts\">\n");
        Fact(writer, "Run", w => w.Write($"<time datetime=\"{header.RunIso}\">{header.RunShown}</time> · {header.Duration}"));
        Fact(writer, "Notebook", w => Code(w, header.NotebookPath));
        if (header.AsOf is { } asOf)
            Fact(writer, "As of", w => WriteAsOf(w, asOf));
        Fact(writer, "Data", w => WriteData(w, header.Data));
        Fact(writer, "Engine", w =>
        {
            w.Write("workbook ");
            Html.Write(w, header.EngineVersion);
            w.Write(" · ");
            Html.Write(w, header.RuntimeVersion);
        });
        if (header.PackagesSummary is { } packages)
            Fact(writer, "Environment", w => WriteEnvironment(w, packages, header.Packages));
        Fact(writer, "Commit", w => WriteCommit(w, header.Commit));
        writer.Write("</dl>\n");
        if (header.Parameters is { } parameters)
            WriteParameters(writer, parameters);
        writer.Write("</header>\n");
    }

    /// <summary>The staleness line under the abstract, when the model has one.</summary>
    public static void WriteStaleLine(TextWriter writer, HeaderModel header)
    {
        if (header.StaleLineHtml is { } stale)
            writer.Write($"<p class=\"stale-data\" id=\"stale-data\" role=\"note\">{stale}</p>\n");
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

    private static void WriteStatus(TextWriter writer, HeaderModel header)
    {
        if (header.Status.Failure is { } failure)
        {
            writer.Write($"<p class=\"status status-failed\"><span class=\"badge badge-failed\">Failed</span> at <a href=\"#{failure.Anchor}\">cell {failure.CellNumber}</a>: ");
            Html.Write(writer, failure.Summary);
            writer.Write("</p>\n");
        }
        else
        {
            writer.Write($"<p class=\"status status-ok\"><span class=\"badge badge-ok\">OK</span> {header.Status.OkText}</p>\n");
        }
        if (header.CacheNote is { } cached)
        {
            writer.Write("<p class=\"status status-cached\" id=\"from-cache\"><span class=\"badge badge-override\">Cached</span> ");
            Html.Write(writer, cached);
            writer.Write("</p>\n");
        }
        if (header.TrustedHtml)
            writer.Write("<p class=\"status status-trusted\" id=\"trusted-html\"><span class=\"badge badge-override\">Trusted HTML</span> raw HTML in this notebook's markdown and html cells was not sanitised, and its scripts run.</p>\n");
    }

    private static void WriteData(TextWriter writer, HeaderData? data) => writer.Write(data is null
        ? "no <code>data/</code> folder found"
        : $"<code class=\"fingerprint\" title=\"SHA-256 over the files under data/: {data.Hash}\">sha256:{data.ShortHash}</code> · {data.Size}");

    private static void WriteEnvironment(TextWriter writer, string summary, IReadOnlyList<string> packages)
    {
        writer.Write($"<details class=\"environment\" id=\"environment\"><summary>{summary}</summary><ul>");
        foreach (var package in packages)
        {
            writer.Write("<li>");
            Code(writer, package);
            writer.Write("</li>");
        }
        writer.Write("</ul></details>");
    }

    private static void WriteCommit(TextWriter writer, HeaderCommit? commit)
    {
        if (commit is null)
        {
            writer.Write("not in a git repository");
            return;
        }
        writer.Write($"<code title=\"{commit.Commit}\">{commit.ShortCommit}</code>");
        if (commit.Branch is not null)
        {
            writer.Write(" on ");
            Code(writer, commit.Branch);
        }
    }

    private static void WriteParameters(TextWriter writer, HeaderParameters parameters)
    {
        writer.Write(parameters.Open ? "<details class=\"parameters-fold\" open>" : "<details class=\"parameters-fold\">");
        writer.Write($"<summary>{parameters.Summary}</summary>\n<table class=\"parameters\">\n<caption>Parameters</caption>\n<thead><tr><th>Name</th><th>Value</th><th>Source</th></tr></thead>\n<tbody>\n");
        foreach (var parameter in parameters.Rows)
        {
            writer.Write(parameter.Overridden ? "<tr class=\"overridden\"><td>" : "<tr><td>");
            Code(writer, parameter.Name);
            writer.Write("</td><td>");
            Code(writer, parameter.Value);
            writer.Write("</td><td>");
            if (!parameter.Overridden)
                writer.Write("default");
            else
            {
                writer.Write("<span class=\"badge badge-override\">override</span>");
                if (parameter.Default is not null)
                {
                    writer.Write(" default ");
                    Code(writer, parameter.Default);
                }
            }
            writer.Write("</td></tr>\n");
        }
        writer.Write("</tbody>\n</table>\n</details>\n");
    }

    private static void Fact(TextWriter writer, string name, Action<TextWriter> value)
    {
        writer.Write($"<div><dt>{name}</dt><dd>");
        value(writer);
        writer.Write("</dd></div>\n");
    }

    private static void Code(TextWriter writer, string text)
    {
        writer.Write("<code>");
        Html.Write(writer, text);
        writer.Write("</code>");
    }
}
