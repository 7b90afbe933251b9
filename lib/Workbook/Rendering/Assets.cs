using System.Reflection;

namespace Workbook.Rendering;

/// <summary>
/// The report's stylesheet and script, kept as real files under <c>Rendering/Assets/</c> (embedded resources) so they
/// can be edited as CSS and JavaScript, and inlined into every page.
/// </summary>
internal static class Assets
{
    private static readonly Lazy<string> StyleSheet = new(() => Read("report.css"));
    private static readonly Lazy<string> ReportScript = new(() => Read("report.js"));
    private static readonly Lazy<string> EarlyScript = new(() => Read("head.js"));

    /// <summary>CSS for reports and the index: light and dark palettes, layout, print rules.</summary>
    public static string Css => StyleSheet.Value;

    /// <summary>The report's behaviour: copy buttons, table-of-contents highlighting, chart theming and print sizing.</summary>
    public static string Script => ReportScript.Value;

    /// <summary>The few lines that must run before the page paints: the scripted-page mark and the remembered theme.</summary>
    public static string HeadScript => EarlyScript.Value;

    private static string Read(string name)
    {
        var resource = "Workbook.Rendering.Assets." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
