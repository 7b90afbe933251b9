using MinerCapex.Notebook;
using Workbook.Execution;

namespace Workbook.Tests.Rendering.Fixtures;

/// <summary>
/// A run with the parts a report numbers and lays out: a setup cell whose package list belongs in the header, a
/// wide table and a heatmap with captions and labels set by cell options, prose that cites both, an uncaptioned
/// chart, and a reference to a label that does not exist.
/// </summary>
internal static class FigureRun
{
    public const string TableCaption = "Closing prices of twelve symbols";
    public const string HeatmapCaption = "Correlation between five miners";
    public const string HeatmapAlt = "Heatmap: the five miners correlate between 0.5 and 0.8";
    public static readonly string[] Wide = ["MARA", "RIOT", "CLSK", "CIFR", "IREN", "WULF", "HUT", "BITF", "CORZ", "BTDR", "APLD", "HIVE"];

    public static NotebookRun Build(string folder)
    {
        NotebookFormatters.Register();
        var correlations = SampleRuns.CorrelationMatrix(SampleRuns.Miners);
        return new RunBuilder(Path.Combine(folder, "06-figures.dib"))
            .Code("#r \"nuget: Plotly.NET, 6.0.0\"", new DisplayOutput(
                [new("text/html", "<div><strong>Installed Packages</strong><ul><li><span>Plotly.NET, 6.0.0</span></li><li><span>FSharp.Core, 10.1.403</span></li></ul></div>"),
                 new("text/plain", "Installed Packages\n  - Plotly.NET, 6.0.0\n  - FSharp.Core, 10.1.403\n")], null, false))
            .Markdown("# Figures and tables\n\nThe miners' prices are in @tbl-prices and their correlations in @fig-heat; @fig-missing is not a figure.")
            .Code($"//| label: tbl-prices\n//| tbl-cap: {TableCaption}\nprices", SampleRuns.Display(SampleRuns.PriceFrame(Wide)))
            .Code($"//| label: fig-heat\n//| fig-cap: {HeatmapCaption}\n//| fig-alt: {HeatmapAlt}\nheatmap",
                SampleRuns.Display(SampleCharts.Heatmap("Correlation of daily log returns", SampleRuns.Miners, correlations)))
            .Markdown("## Levels")
            .Code("levels", SampleRuns.Display(SampleCharts.Lines("Miners rebased to 100", SampleRuns.Miners)))
            .Build();
    }
}
