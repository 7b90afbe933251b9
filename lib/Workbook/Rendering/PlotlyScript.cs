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

    /// <summary>
    /// The MIME type of a Plotly figure (Jupyter's and plotly.py's name for it). A displayed value carrying it is a
    /// chart: the report gives it the chart's frame and inlines plotly.js, whatever its HTML looks like.
    /// </summary>
    public const string FigureMimeType = "application/vnd.plotly.v1+json";

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
