using System.Globalization;

namespace Workbook.Rendering;

/// <summary>
/// The index of a reports folder: every report in it (those just written and those left by earlier runs, read from
/// their summary meta tag), with title, notebook, run time, duration and status; failed runs are marked and listed
/// with the cell that failed.
/// </summary>
internal static class IndexPage
{
    public const string FileName = "index.html";

    /// <summary>The summaries to list: <paramref name="fresh"/> plus any other report found in <paramref name="directory"/>, by file name.</summary>
    public static IReadOnlyList<ReportSummary> Collect(IEnumerable<ReportSummary> fresh, string directory)
    {
        var byFile = fresh.ToDictionary(s => s.FileName, StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.html"))
            {
                var name = Path.GetFileName(file);
                if (name == FileName || byFile.ContainsKey(name))
                    continue;
                if (ReportSummary.ReadFrom(file) is { } summary)
                    byFile[name] = summary;
            }
        }
        return byFile.Values.OrderBy(s => s.FileName, StringComparer.Ordinal).ToList();
    }

    public static void Write(TextWriter writer, IReadOnlyList<ReportSummary> reports)
    {
        var policy = ScriptPolicy.Create();
        PageShell.WriteHead(writer, policy, "Reports", summaryJson: null);
        var failed = reports.Count(r => !r.Succeeded);
        writer.Write("<main class=\"index\" id=\"content\">\n<h1>Reports</h1>\n<p class=\"index-summary\">");
        writer.Write($"{reports.Count.ToString(CultureInfo.InvariantCulture)} report{(reports.Count == 1 ? "" : "s")}");
        if (failed > 0)
            writer.Write($" · <span class=\"badge badge-failed\">{failed.ToString(CultureInfo.InvariantCulture)} failed</span>");
        writer.Write("</p>\n<table class=\"index-table\">\n<thead><tr><th>Report</th><th>Notebook</th><th>Run</th><th>Duration</th><th>Status</th></tr></thead>\n<tbody>\n");
        foreach (var report in reports)
        {
            writer.Write(report.Succeeded ? "<tr>" : "<tr class=\"failed\">");
            writer.Write("<td><a href=\"");
            Html.Write(writer, Uri.EscapeDataString(report.FileName));
            writer.Write("\">");
            Html.Write(writer, report.Title);
            writer.Write("</a></td><td><code>");
            Html.Write(writer, report.NotebookPath);
            writer.Write($"</code></td><td><time datetime=\"{Durations.IsoTimestamp(report.StartedAt)}\">{Durations.FormatTimestamp(report.StartedAt)}</time></td>");
            writer.Write($"<td>{Durations.Format(report.Duration)}</td><td>");
            if (report.Succeeded)
            {
                writer.Write("<span class=\"badge badge-ok\">OK</span>");
            }
            else
            {
                writer.Write("<span class=\"badge badge-failed\">Failed</span>");
                if (report.FailedCell is { } cell)
                {
                    writer.Write(" at <a href=\"");
                    Html.Write(writer, Uri.EscapeDataString(report.FileName));
                    writer.Write($"#cell-{cell.ToString(CultureInfo.InvariantCulture)}\">cell {cell.ToString(CultureInfo.InvariantCulture)}</a>");
                }
            }
            writer.Write("</td></tr>\n");
        }
        writer.Write("</tbody>\n</table>\n</main>\n");
        PageShell.WriteEnd(writer, policy, withScript: false);
    }
}
