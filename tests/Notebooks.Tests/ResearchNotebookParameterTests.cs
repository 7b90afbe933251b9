using Workbook.Document;
using Workbook.Execution;

namespace Notebooks.Tests;

/// <summary>
/// The research notebooks are parameterised for real: overriding a parameter with <c>-p</c> still runs every
/// cell and changes what the notebook reports.
/// </summary>
public class ResearchNotebookParameterTests
{
    /// <summary>Notebook, parameter, new value, and how many cells' read-outs must change at least.</summary>
    public static TheoryData<string, string, string, int> Overrides() => new()
    {
        // The window drives the rolling section: its chart and the read-out beneath it.
        { "02-correlation.dib", "window", "90", 1 },
        // Narrowing to two periods drops 2026 from every period table and chart.
        { "02-correlation.dib", "periods", "2024,2025", 5 },
        // Periods by date range instead of by year move every period statistic.
        { "03-factor-betas.dib", "periods", "2024-01-01..2024-12-31,2025-01-01..2025-06-30,2025-07-01..2026-10-07", 5 },
        // The event window changes every CAR: the seed days, the paths' read-out, the pools and their comparisons.
        { "04-event-study.dib", "window", "[0,+5]", 10 },
        // The model changes the pooled and group results (models A and B are shown side by side regardless).
        { "04-event-study.dib", "model", "MarketModel", 8 },
        // A longer estimation window refits every stock.
        { "04-event-study.dib", "estimation", "[-250,-11]", 10 },
        // The periods move findings 1 to 4; the event window moves finding 5.
        { "05-summary.dib", "periods", "2024,2025", 4 },
        { "05-summary.dib", "eventWindow", "[0,+5]", 1 },
    };

    [Theory]
    [MemberData(nameof(Overrides))]
    public async Task An_override_runs_cleanly_and_changes_the_results(string notebook, string name, string value, int minimumChanged)
    {
        var path = Path.Combine(RepoPaths.Root, "notebooks", notebook);
        var baseline = await NotebookRunner.RunAsync(NotebookFile.Load(path), path, new RunOptions());
        var changed = await NotebookRunner.RunAsync(NotebookFile.Load(path), path, new RunOptions { Parameters = [new(name, value)] });

        Assert.True(baseline.Succeeded, baseline.Describe());
        Assert.True(changed.Succeeded, changed.Describe());
        Assert.Contains(name, changed.Overridden);
        Assert.NotEqual(baseline.Parameters[name], changed.Parameters[name]);

        // Compare what the reader sees (text and tables), not chart ids, which are fresh GUIDs on every run.
        var differing = baseline.Cells.Zip(changed.Cells.Where(c => !IsInjected(c)))
            .Count(pair => Readout(pair.First) != Readout(pair.Second));
        Assert.True(differing >= minimumChanged, $"only {differing} cell outputs changed with {name}={value}");
    }

    private static bool IsInjected(CellResult cell) => cell.Cell.Contents.StartsWith("// injected parameters", StringComparison.Ordinal);

    private static string Readout(CellResult cell) => string.Join("\n", cell.Outputs.Select(o => o switch
    {
        DisplayOutput d when d.Get("text/html") is { } html && !html.Contains("plotly-chart", StringComparison.Ordinal) => html,
        DisplayOutput d when d.Get("text/html") is { } chart => ChartData(chart),
        DisplayOutput d => d.Get("text/plain") ?? "",
        StreamOutput s => s.Text,
        _ => "",
    }));

    // A chart's figure JSON (data, layout, config), without the div id that is fresh on every run.
    private static string ChartData(string html)
    {
        const string marker = "var figure = ";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf('\n', start);
        Assert.True(start >= 0 && end > start, "the chart formatter's output no longer carries 'var figure = ...'");
        return html[(start + marker.Length)..end];
    }
}
