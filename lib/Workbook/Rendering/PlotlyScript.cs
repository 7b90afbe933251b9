using System.Text.RegularExpressions;
using Plotly.NET;

namespace Workbook.Rendering;

/// <summary>
/// plotly.js for reports: the minified bundle Plotly.NET embeds (the version its charts are written for), read once
/// per process and inlined once per report that has a chart.
/// </summary>
internal static partial class PlotlyScript
{
    private static readonly Lazy<string> Bundle = new(Load);

    /// <summary>The plotly.js version inlined.</summary>
    public static string Version => Globals.PLOTLYJS_VERSION;

    /// <summary>The bundle's source, safe to place between <c>&lt;script&gt;</c> tags.</summary>
    public static string Source => Bundle.Value;

    /// <summary>The file name of the shared bundle beside the reports (<see cref="PlotlyMode.Shared"/>).</summary>
    public const string SharedFileName = "plotly.min.js";

    /// <summary>True when HTML from a formatter draws a Plotly chart (Plotly.NET's own or our formatter's script).</summary>
    public static bool DrawsChart(string html) => ChartCall().IsMatch(html);

    [GeneratedRegex(@"\bPlotly\.(?:newPlot|react|plot)\s*\(")]
    private static partial Regex ChartCall();

    private static string Load()
    {
        var name = $"Plotly.NET.plotly-{Version}.min.js";
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET has no embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        // Inside a script element only "</script" (any case) can end it early; the bundle has none today, but an
        // upgrade must not silently break every report.
        return ScriptEnd().Replace(reader.ReadToEnd(), @"<\/$1");
    }

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnd();
}
