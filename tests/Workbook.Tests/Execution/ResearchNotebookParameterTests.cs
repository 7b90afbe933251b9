using System.Text.RegularExpressions;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Tests.Cli;

namespace Workbook.Tests.Execution;

/// <summary>
/// The research notebooks take their parameters: a run with another event window or model still succeeds, and
/// the results it reads out change with it (issue 6's acceptance for notebooks 4 and 5).
/// </summary>
public class ResearchNotebookParameterTests
{
    private static async Task<string> RunAsync(string notebook, params (string Name, string Value)[] parameters)
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "notebooks", notebook);
        var options = new RunOptions { Parameters = parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)).ToList() };
        var run = await NotebookRunner.RunAsync(NotebookFile.Load(path), path, options);
        Assert.True(run.Succeeded, $"{notebook} with {string.Join(", ", parameters)}:\n{run.Describe()}");
        return string.Join("\n", run.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>().Select(d => d.Get("text/html") ?? ""));
    }

    private static string Sentence(string html, string start)
    {
        var i = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"no read-out starting '{start}'");
        return html[i..html.IndexOf("</p>", i, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task EventStudy_WithAnotherWindowAndModel_ReadsOutOtherResults()
    {
        var byDefault = await RunAsync("04-event-study.dib");
        var changed = await RunAsync("04-event-study.dib", ("window", "[0,+5]"), ("model", "MarketModel"), ("estimation", "[-250,-11]"));

        Assert.Contains("Over [0,+1], under model B (market + bitcoin):", byDefault);
        Assert.Contains("Over [0,+5], under model A (market):", changed);
        Assert.Matches(new Regex(@"estimation window <b>\[-250,-11\]</b>"), changed);
        // The pooled read-out: "Over [w], the miners' mean CAR was <b>…</b> across … pairs of AI news …".
        const string pooled = "], the miners' mean CAR was <b>";
        Assert.NotEqual(Sentence(byDefault, pooled), Sentence(changed, pooled));
    }

    [Fact]
    public async Task Summary_WithAnotherSplitAndEventWindow_ReadsOutOtherResults()
    {
        var byDefault = await RunAsync("05-summary.dib");
        var changed = await RunAsync("05-summary.dib", ("split", "2025-07-01"), ("eventWindow", "[0,+5]"));

        Assert.Contains("Period A is <b>2024</b> and period B <b>2025</b>", byDefault);
        Assert.Contains("Period A is <b>2024-01-01..2025-06-30</b> and period B <b>2025-07-01..2025-12-31</b>", changed);
        Assert.NotEqual(Sentence(byDefault, "<b>1.</b>"), Sentence(changed, "<b>1.</b>"));
        Assert.Contains("<b>5.</b> Over [0,+5]", changed);
    }
}
