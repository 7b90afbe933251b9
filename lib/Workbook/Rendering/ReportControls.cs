namespace Workbook.Rendering;

/// <summary>
/// The report's controls: show or hide all code, and the light/dark/auto theme. Both are remembered in
/// <c>localStorage</c> by the report script; without script the bar is hidden, since nothing would answer it.
/// </summary>
internal static class ReportControls
{
    public static void Write(TextWriter writer)
    {
        writer.Write("<div class=\"report-controls\" role=\"toolbar\" aria-label=\"Report controls\">");
        writer.Write("<button type=\"button\" id=\"code-toggle\" aria-pressed=\"false\">Show all code</button>");
        writer.Write("<label class=\"theme-switch\">Theme <select id=\"theme-switch\">");
        writer.Write("<option value=\"auto\">Auto</option><option value=\"light\">Light</option><option value=\"dark\">Dark</option>");
        writer.Write("</select></label></div>\n");
    }
}
