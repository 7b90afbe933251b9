using System.Text;
using System.Text.RegularExpressions;
using Plotly.NET;
using Workbook.Publishing;
using Workbook.Execution;
using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>Whole reports, checked as HTML text: self-containment, size, header, folding, escaping, atomic writes.</summary>
public sealed partial class HtmlReportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ReportOptions _options = new();

    [Fact]
    public void FiveCharts_InlinePlotlyJsOnce_InTheHead_AndStayUnderFiveMegabytes()
    {
        var html = ReportRenderer.Render(SampleRuns.Research(_folder.Path), _options);

        Assert.Equal(5, Regex.Matches(html, "<div class=\"output output-chart\"[ >]").Count);
        Assert.Single(Regex.Matches(html, $"<script nonce=\"[^\"]+\" data-plotly-version=\"{Globals.PLOTLYJS_VERSION}\">"));
        Assert.Single(Regex.Matches(html, Regex.Escape("plotly.js v" + Globals.PLOTLYJS_VERSION)));
        Assert.True(html.IndexOf("data-plotly-version", StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
        var bytes = Encoding.UTF8.GetByteCount(html);
        Assert.InRange(bytes, 3_500_000, 5_000_000);
    }

    [Fact]
    public void WithoutCharts_NoPlotlyJs_AndTheReportIsSmall()
    {
        var html = ReportRenderer.Render(SampleRuns.Failing(_folder.Path), _options);
        Assert.DoesNotContain("data-plotly-version", html);
        Assert.InRange(Encoding.UTF8.GetByteCount(html), 5_000, 100_000);
    }

    [Fact]
    public void NothingIsLoadedFromOutside_AndThePolicyForbidsIt()
    {
        // With the image beside the notebook read as the publisher reads it: it is inlined, not loaded.
        var run = SampleRuns.Research(_folder.Path);
        var html = ReportRenderer.Render(run, _options, new ReportInputs(LocalFiles: NotebookFiles.Beside(run.SourcePath)));
        // plotly.js itself mentions url( and src= in its code; what it loads at run time the browser tests watch.
        var withoutPlotly = Regex.Replace(html, "<script nonce=\"[^\"]+\" data-plotly-version=[^>]*>.*?</script>", "", RegexOptions.Singleline);
        Assert.True(withoutPlotly.Length < html.Length / 4);

        Assert.Empty(ExternalLoads().Matches(withoutPlotly).Select(m => m.Value));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html);
        // Every script is ours: it carries the nonce the policy names, and the policy allows no other inline script.
        var nonce = Regex.Match(html, "script-src 'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("script-src 'unsafe-inline'", html);
        var scripts = Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        // One per chart, plotly.js, the head script and the report script.
        Assert.Equal(8, scripts.Count);
        Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", html);
        Assert.Contains("<img src=\"data:image/svg+xml;base64,", html);
    }

    [Fact]
    public void Header_ShowsTitleTimeDurationParametersDataEngineAndCommit()
    {
        var notebook = Path.Combine(RepoPaths.Root, "notebooks", "zz-header-test.dib");
        var run = new RunBuilder(notebook) { StartedAt = new DateTimeOffset(2026, 2, 2, 10, 30, 5, TimeSpan.FromHours(1)), DataFolder = RepoPaths.Data }
            .Markdown("# Miner betas\n\nText.")
            .Code("// parameters\nvar window = 60;\nvar symbol = \"MARA\";")
            .Parameter("symbol", "\"MARA\"")
            .Parameter("window", "120", overridden: true)
            .Build();
        var html = ReportRenderer.Render(run, _options);
        var data = DataFingerprint.Compute(RepoPaths.Data);
        var commit = Processes.Run(RepoPaths.Root, "git", "rev-parse", "HEAD");

        Assert.Contains("<title>Miner betas</title>", html);
        Assert.Contains("<h1 id=\"miner-betas\">Miner betas</h1>", html);
        Assert.Single(Regex.Matches(html, "<h1"));
        Assert.Contains("<time datetime=\"2026-02-02T09:30:05Z\">2026-02-02 09:30:05 UTC</time> · 405 ms", html);
        Assert.Contains("<span class=\"badge badge-ok\">OK</span> all 2 cells ran without error", html);
        Assert.Contains("<tr class=\"overridden\"><td><code>window</code></td><td><code>120</code></td><td><span class=\"badge badge-override\">override</span> default <code>60</code></td></tr>", html);
        Assert.Contains("<tr><td><code>symbol</code></td><td><code>&quot;MARA&quot;</code></td><td>default</td></tr>", html);
        Assert.True(html.IndexOf(">window<", StringComparison.Ordinal) < html.IndexOf(">symbol<", StringComparison.Ordinal), "parameters in declaration order");
        Assert.Contains($"title=\"SHA-256 over the files under data/: {data.Sha256}\">sha256:{data.Sha256[..12]}</code> · {data.FileCount} files", html);
        Assert.Contains($"<code title=\"{commit}\">{commit[..12]}</code>", html);
        Assert.Contains("<code>notebooks/zz-header-test.dib</code>", html);
        Assert.Matches("workbook 0\\.1\\.0[^ ]* · \\.NET 10", html);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TitleHeading_IsShownOnceInTheHeader_WhetherOrNotASetupCellComesFirst(bool setupFirst)
    {
        var builder = new RunBuilder(Path.Combine(_folder.Path, "03-title.dib"));
        if (setupFirst) builder.Code("#r \"nuget: Some.Package, 1.0.0\"\nvar ready = true;");
        var run = builder.Markdown("# The study's title\n\nIntroduction.").Markdown("## A section\n\n# Not the title").Build();

        var html = ReportRenderer.Render(run, _options);

        Assert.Equal(1, Count(html, ">The study&#39;s title</h1>") + Count(html, ">The study's title</h1>"));
        Assert.Contains("Introduction.", html);
        Assert.Contains(">Not the title</h1>", html);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Fact]
    public void FailedRun_LinksTheStatusToTheFailedCell_WhichIsUnfolded()
    {
        var html = ReportRenderer.Render(SampleRuns.Failing(_folder.Path), _options);

        Assert.Contains("<span class=\"badge badge-failed\">Failed</span> at <a href=\"#cell-3\">cell 3</a>: System.IO.FileNotFoundException: Could not find file &#39;missing.csv&#39;.", html);
        Assert.Contains("<section class=\"cell cell-code cell-failed\" id=\"cell-3\">\n<details class=\"code\" open>", html);
        Assert.Contains("<section class=\"cell cell-code\" id=\"cell-2\">\n<details class=\"code\">", html);
        Assert.Contains("<section class=\"cell cell-code cell-skipped\" id=\"cell-5\">", html);
        Assert.Contains("<span class=\"badge badge-skipped\">not run</span>", html);
    }

    [Fact]
    public void ShowCode_UnfoldsEveryCodeCell()
    {
        var run = SampleRuns.Failing(_folder.Path);
        Assert.Equal(3, Regex.Matches(ReportRenderer.Render(run, new ReportOptions(ShowCode: true)), "<details class=\"code\" open>").Count);
        Assert.Single(Regex.Matches(ReportRenderer.Render(run, new ReportOptions()), "<details class=\"code\" open>"));
    }

    [Fact]
    public void CellsShowTheirTimeAndKernel_AndTheTocListsHeadingsToDepthThree()
    {
        var run = new RunBuilder(_folder.File("n.dib"))
            .Markdown("# T\n## A\n### A1\n#### A1a")
            .Cell("fsharp", "let x = 1", CellStatus.Succeeded, TimeSpan.FromMilliseconds(1234))
            .Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Contains("F# · cell 2 · <span class=\"cell-time\">1.23 s</span>", html);
        Assert.Contains("<ol><li><a href=\"#t\">T</a><ol><li><a href=\"#a\">A</a><ol><li><a href=\"#a1\">A1</a></li></ol></li></ol></li></ol>", html);
        Assert.Contains("<h4 id=\"a1a\">A1a</h4>", html);
    }

    [Fact]
    public void ANotebookWithoutHeadings_IsTitledByItsFileName()
    {
        var html = ReportRenderer.Render(new RunBuilder(_folder.File("07-scratch.dib")).Code("1 + 1", RunBuilder.Text("2")).Build(), new ReportOptions());
        Assert.Contains("<title>07-scratch</title>", html);
        Assert.Contains("<h1 id=\"title\">07-scratch</h1>", html);
    }

    [Fact]
    public void TextOutputsAndTitles_FromData_AreEscaped()
    {
        var html = ReportRenderer.Render(HostileRun.Build(_folder.Path), new ReportOptions());
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];

        Assert.DoesNotContain("window.__pwned = 'script'; alert(1)</script>", body.Replace("&lt;/script&gt;", ""));
        Assert.DoesNotContain("<img src=x", body);
        Assert.Contains("<title>Payloads &lt;script&gt;alert(0)&lt;/script&gt;</title>", html);
        Assert.Contains("<pre class=\"output output-text\">&lt;script&gt;window.__pwned = &#39;script&#39;; alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;", html);
    }

    [Fact]
    public async Task WriteAsync_NamesTheReportAfterTheNotebook_AndACancelledWriteKeepsThePreviousOne()
    {
        var run = SampleRuns.Failing(_folder.Path);
        var reports = _folder.File("reports");
        var path = await HtmlReport.WriteAsync(run, reports, new ReportOptions());
        Assert.Equal(Path.Combine(reports, "02-failing.html"), path);
        var previous = await File.ReadAllTextAsync(path);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => HtmlReport.WriteAsync(SampleRuns.Research(_folder.Path), reports, new ReportOptions(), cancelled.Token));
        Assert.Equal(previous, await File.ReadAllTextAsync(path));
        // The report and the engine's record of it (which the index reads), and no temporary file.
        Assert.Equal(["02-failing.html", "02-failing.summary.json"], Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // Anything a browser would fetch by itself: scripts, stylesheets, images, frames, media, CSS imports or URLs that
    // are not inline data. Links (<a href>) are navigations, not loads.
    [GeneratedRegex("<(?:script|img|iframe|embed|source|video|audio|track|input)[^>]*\\ssrc=\"(?!data:)[^\"]*\"|<link[^>]*href=\"(?!data:)[^\"]*\"|@import|url\\((?!['\"]?data:)|<object[^>]*data=")]
    private static partial Regex ExternalLoads();

    public void Dispose() => _folder.Dispose();
}
