using Workbook.Document;
using Workbook.Execution;

namespace Workbook.Tests.Execution;

/// <summary>The engine's own smoke notebook runs and shows what it computes (the research notebooks are run in Notebooks.Tests).</summary>
public class NotebookFolderTests
{
    [Fact]
    public async Task The_smoke_notebook_produces_what_it_computes()
    {
        var path = RepoPaths.SmokeNotebook;

        var run = await NotebookRunner.RunAsync(NotebookFile.Load(path), path, new RunOptions { Parameters = [new("window", "30")] });

        Assert.True(run.Succeeded, run.Describe());
        var all = run.Cells.SelectMany(c => c.Outputs).ToList();
        // Mean and SD of sin(d/3), d = 1..30, computed independently below.
        var values = Enumerable.Range(1, 30).Select(d => Math.Sin(d / 3.0)).ToArray();
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / 29);
        Assert.Contains(all.OfType<StreamOutput>(), s => s.Text == $"smoke: n=30 mean={mean:F4} sd={sd:F4}\n");
        Assert.Contains(all.OfType<DisplayOutput>(), d => d.Get("text/plain") == "done: sum of days = 465");
        Assert.Contains(all.OfType<DisplayOutput>(), d => d.Get("text/html")?.Contains("<pre>900</pre>") == true);
        Assert.Contains(all.OfType<DisplayOutput>(), d => d.Get("text/html") == "<p class=\"smoke\">Plain HTML cell, passed through.</p>");
    }
}
