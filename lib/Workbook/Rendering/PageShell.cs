namespace Workbook.Rendering;

/// <summary>
/// The parts every page (report or index) shares: the document head with its content security policy, and the
/// closing tags.
/// </summary>
/// <remarks>
/// The policy is what makes "no external request" hold in the browser and not only in our markup: nothing may be
/// fetched (<c>default-src 'none'</c>); only inline scripts and styles and <c>data:</c>/<c>blob:</c> images are
/// allowed. <c>'unsafe-eval'</c> is there because plotly.js builds some functions with <c>Function(...)</c> at run
/// time (its function-bind shim, the array code generation behind WebGL traces).
/// </remarks>
internal static class PageShell
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

    /// <summary>Writes everything up to and including <c>&lt;body&gt;</c>; <paramref name="extraHead"/> writes more head content (scripts).</summary>
    public static void WriteHead(TextWriter writer, string title, string? summaryJson, Action<TextWriter>? extraHead = null)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        writer.Write("<meta name=\"color-scheme\" content=\"light dark\">\n");
        writer.Write("<meta name=\"generator\" content=\"workbook ");
        Html.Write(writer, HeaderBuilder.EngineVersion);
        writer.Write("\">\n");
        if (summaryJson is not null)
        {
            writer.Write($"<meta name=\"{ReportSummary.MetaName}\" content=\"");
            Html.Write(writer, summaryJson);
            writer.Write("\">\n");
        }
        writer.Write("<title>");
        Html.Write(writer, title);
        writer.Write("</title>\n");
        // An empty icon: otherwise a browser may ask for /favicon.ico.
        writer.Write("<link rel=\"icon\" href=\"data:,\">\n<style>\n");
        writer.Write(Assets.Css);
        writer.Write("\n</style>\n");
        extraHead?.Invoke(writer);
        writer.Write("</head>\n<body>\n");
    }

    public static void WriteEnd(TextWriter writer, bool withScript)
    {
        if (withScript)
        {
            writer.Write("<script>\n");
            writer.Write(Assets.Script);
            writer.Write("\n</script>\n");
        }
        writer.Write("</body>\n</html>\n");
    }
}
