using Workbook.Provenance;

namespace Workbook.Rendering;

/// <summary>
/// The parts every page (report or index) shares: the document head with its content security policy, and the
/// closing tags.
/// </summary>
/// <remarks>
/// The policy (<see cref="ScriptPolicy.ContentSecurityPolicy"/>) is what makes "no external request" and "no script
/// but ours" hold in the browser and not only in our markup.
/// </remarks>
internal static class PageShell
{
    /// <summary>Writes everything up to and including <c>&lt;body&gt;</c>; <paramref name="extraHead"/> writes more head content (scripts).</summary>
    public static void WriteHead(TextWriter writer, ScriptPolicy policy, string title, string? summaryJson, Action<TextWriter>? extraHead = null)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy.ContentSecurityPolicy}\">\n");
        writer.Write("<meta name=\"color-scheme\" content=\"light dark\">\n");
        writer.Write("<meta name=\"generator\" content=\"workbook ");
        Html.Write(writer, EngineBuild.CurrentVersion);
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
        writer.Write(policy.ScriptTag());
        writer.Write(Assets.HeadScript);
        writer.Write("</script>\n");
        extraHead?.Invoke(writer);
        writer.Write("</head>\n<body>\n");
    }

    public static void WriteEnd(TextWriter writer, ScriptPolicy policy, bool withScript)
    {
        if (withScript)
        {
            writer.Write(policy.ScriptTag());
            writer.Write('\n');
            writer.Write(Assets.Script);
            writer.Write("\n</script>\n");
        }
        writer.Write("</body>\n</html>\n");
    }
}
