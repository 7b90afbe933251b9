using System.Globalization;

namespace Workbook.Rendering;

/// <summary>
/// The index of a reports folder: every report in it (those just written and those left by earlier runs, which the
/// publisher read from the records beside them) as a card with title, abstract, first figure, status, duration, run
/// time and notebook; failed runs are marked with the cell that failed. It fits a phone: the cards stack.
/// </summary>
internal static class IndexPage
{
    public const string FileName = "index.html";

    /// <summary>
    /// Writes the index: the workbook's introduction (<paramref name="introHtml"/>, from an <c>index.md</c> beside
    /// the notebooks), the answer a notebook marked for it, then a card per report with its status, duration,
    /// abstract and first figure (its thumbnail from <paramref name="thumbnails"/>, data URIs by report file name).
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<ReportSummary> reports, IReadOnlyDictionary<string, string> thumbnails, string? introHtml = null)
    {
        var policy = ScriptPolicy.Create();
        var title = introHtml is null ? "Reports" : IntroTitle(introHtml) ?? "Reports";
        PageShell.WriteHead(writer, policy, title, summaryJson: null);
        var failed = reports.Count(r => !r.Succeeded);
        writer.Write("<main class=\"index\" id=\"content\">\n");
        if (introHtml is null)
            writer.Write("<h1>Reports</h1>\n");
        else
            writer.Write($"<header class=\"index-intro\">{introHtml}</header>\n");
        if (reports.FirstOrDefault(r => r.AnswerHtml is not null) is { } answering)
        {
            writer.Write("<section class=\"index-answer\" id=\"answer\"><h2>The answer</h2>\n");
            writer.Write(answering.AnswerHtml);
            writer.Write("<p class=\"index-answer-source\">From <a href=\"");
            Html.Write(writer, Uri.EscapeDataString(answering.FileName));
            writer.Write("\">");
            Html.Write(writer, answering.Title);
            writer.Write("</a>.</p></section>\n");
        }
        writer.Write("<p class=\"index-summary\">");
        writer.Write($"{reports.Count.ToString(CultureInfo.InvariantCulture)} report{(reports.Count == 1 ? "" : "s")}");
        if (failed > 0)
            writer.Write($" · <span class=\"badge badge-failed\">{failed.ToString(CultureInfo.InvariantCulture)} failed</span>");
        writer.Write("</p>\n<ul class=\"cards\">\n");
        foreach (var report in reports)
            WriteCard(writer, report, thumbnails.GetValueOrDefault(report.FileName));
        writer.Write("</ul>\n</main>\n");
        PageShell.WriteEnd(writer, policy, withScript: false);
    }

    private static void WriteCard(TextWriter writer, ReportSummary report, string? thumbnail)
    {
        var href = Uri.EscapeDataString(report.FileName);
        writer.Write(report.Succeeded ? "<li class=\"card\">" : "<li class=\"card failed\">");
        if (thumbnail is not null)
        {
            writer.Write($"<a href=\"{href}\" tabindex=\"-1\"><img class=\"card-figure\" width=\"{ChartThumbnail.Width}\" height=\"{ChartThumbnail.Height}\" alt=\"");
            Html.Write(writer, report.FigureAlt ?? report.Title);
            writer.Write("\" src=\"");
            writer.Write(thumbnail);
            writer.Write("\"></a>");
        }
        else if (report.FigureAlt is { } alt)
        {
            // No thumbnail (a chart of a kind the sketch does not draw): the card names the figure instead.
            writer.Write($"<a href=\"{href}\" tabindex=\"-1\" class=\"card-figure card-figure-text\">");
            Html.Write(writer, alt);
            writer.Write("</a>");
        }
        writer.Write($"<h2><a href=\"{href}\">");
        Html.Write(writer, report.Title);
        writer.Write("</a></h2>");
        if (report.Abstract is { } summary)
        {
            writer.Write("<p class=\"card-abstract\">");
            Html.Write(writer, summary);
            writer.Write("</p>");
        }
        if (report.AsOf is { } asOf)
        {
            writer.Write("<p class=\"card-as-of\">As of ");
            HeaderTemplate.WriteAsOf(writer, asOf);
            if (asOf.IsStaleAt(report.StartedAt))
                writer.Write($" <span class=\"badge badge-stale\" title=\"the data end {asOf.DaysBefore(report.StartedAt).ToString(CultureInfo.InvariantCulture)} days before this run\">stale</span>");
            writer.Write("</p>");
        }
        writer.Write("<p class=\"card-meta\">");
        if (report.Succeeded)
        {
            writer.Write("<span class=\"badge badge-ok\">OK</span>");
        }
        else
        {
            writer.Write("<span class=\"badge badge-failed\">Failed</span>");
            if (report.FailedCell is { } cell)
                writer.Write($" at <a href=\"{href}#cell-{cell.ToString(CultureInfo.InvariantCulture)}\">cell {cell.ToString(CultureInfo.InvariantCulture)}</a>");
        }
        writer.Write($" · {Durations.Format(report.Duration)} · <time datetime=\"{Durations.IsoTimestamp(report.StartedAt)}\">{Durations.FormatTimestamp(report.StartedAt)}</time> · <code>");
        Html.Write(writer, report.NotebookPath);
        writer.Write("</code></p></li>\n");
    }

    // The page title: the text of the introduction's first heading.
    private static string? IntroTitle(string introHtml)
    {
        foreach (var node in HtmlFragment.Parse(introHtml))
        {
            if (node is AngleSharp.Dom.IElement element && (element.LocalName == "h1" ? element : element.QuerySelector("h1")) is { } heading)
                return heading.TextContent.Trim();
        }
        return null;
    }
}
