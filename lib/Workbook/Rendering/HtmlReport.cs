using System.Net;
using System.Text;
using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>
/// Writes one HTML report per notebook run and an index of runs. Plain renderer: the full report
/// (TOC, folding, themes, charts) replaces it under the HTML-report issue; the entry points stay.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders <paramref name="run"/> to <c>&lt;directory&gt;/&lt;notebook name&gt;.html</c> atomically; returns the path.</summary>
    public static async Task<string> WriteAsync(NotebookRun run, string directory, ReportOptions options, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(directory, Path.GetFileNameWithoutExtension(run.SourcePath) + ".html");
        await WriteAtomicallyAsync(path, Render(run, options), cancellationToken);
        return path;
    }

    /// <summary>Writes <c>&lt;directory&gt;/index.html</c> linking every report; returns the path.</summary>
    public static async Task<string> WriteIndexAsync(IReadOnlyList<NotebookRun> runs, string directory, CancellationToken cancellationToken = default)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Reports</title></head><body><ul>");
        foreach (var run in runs)
        {
            var name = Path.GetFileNameWithoutExtension(run.SourcePath);
            sb.Append($"<li><a href=\"{WebUtility.HtmlEncode(name)}.html\">{WebUtility.HtmlEncode(name)}</a> {(run.Succeeded ? "OK" : "FAILED")}</li>");
        }
        sb.Append("</ul></body></html>");
        var path = Path.Combine(directory, "index.html");
        await WriteAtomicallyAsync(path, sb.ToString(), cancellationToken);
        return path;
    }

    /// <summary>The report's HTML.</summary>
    public static string Render(NotebookRun run, ReportOptions options)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        foreach (var cell in run.Cells)
        {
            sb.Append("<section><pre>").Append(WebUtility.HtmlEncode(cell.Cell.Contents)).Append("</pre>");
            foreach (var output in cell.Outputs)
            {
                sb.Append(output switch
                {
                    DisplayOutput d when d.Get("text/html") is { } html => html,
                    DisplayOutput d => "<pre>" + WebUtility.HtmlEncode(d.Get("text/plain") ?? "") + "</pre>",
                    StreamOutput s => "<pre>" + WebUtility.HtmlEncode(s.Text) + "</pre>",
                    ErrorOutput e => "<pre class=\"error\">" + WebUtility.HtmlEncode(e.ErrorType + ": " + e.Message) + "</pre>",
                    _ => "",
                });
            }
            sb.Append("</section>");
        }
        return sb.Append("</body></html>").ToString();
    }

    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            await File.WriteAllTextAsync(temp, content, new UTF8Encoding(false), cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
