using System.Globalization;
using Microsoft.Playwright;

namespace Notebooks.Tests.Browser;

/// <summary>
/// The research reports as <c>workbook run</c> writes them and a reader gets them: each passes the browser checks,
/// opens with its key finding, shows formatted numbers, and lets every chart's data out as CSV.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResearchReportTests(BrowserFixture chromium, ResearchReports engine) : IClassFixture<ResearchReports>
{
    /// <summary>The checks every report passes (tests/TestSupport/Browser/ReportChecks), on each research report; the
    /// README's screenshots are taken from one of them when asked.</summary>
    [ChromiumTheory]
    [MemberData(nameof(ResearchReports.NotebookNames), MemberType = typeof(ResearchReports))]
    public async Task EveryNotebookReport_PassesEveryBrowserCheck(string notebook)
    {
        var browser = await chromium.BrowserAsync();
        var report = await engine.ReportForAsync(notebook);
        await ReportChecks.AssertHealthyReportAsync(browser, report);
        await DocsScreenshot.UpdateIfAskedAsync(browser, ResearchReports.Files.First(n => Path.GetFileName(n) == notebook), report);
    }

    private const string CellChecks = """
        () => {
          const problems = [];
          let numbers = 0;
          const numeric = /^[<>]?\s*[+\-−]?\$?\d[\d,]*(\.\d+)?([eE][+\-]?\d+)?\s*(%|×|B|GW)?$/;
          for (const table of document.querySelectorAll('.outputs table')) {
            const heads = Array.from(table.querySelectorAll('thead tr:last-child th'));
            for (const row of table.querySelectorAll('tbody tr')) {
              Array.from(row.children).forEach((cell, i) => {
                const text = cell.textContent.trim();
                if (!numeric.test(text)) return;
                numbers++;
                const head = heads[i];
                const name = head ? head.textContent.trim() : ('column ' + (i + 1));
                if (/\d[eE][+\-]?\d/.test(text)) problems.push(`'${text}' in ${name}: an exponent`);
                const decimals = (text.match(/\.(\d+)/) || ['', ''])[1].length;
                const allowed = head && head.hasAttribute('data-decimals') ? Number(head.getAttribute('data-decimals')) : 0;
                if (decimals > allowed) problems.push(`'${text}' in ${name}: ${decimals} decimals, the column allows ${allowed}`);
              });
            }
          }
          return JSON.stringify({ numbers, problems });
        }
        """;

    [ChromiumTheory]
    [MemberData(nameof(ResearchReports.NotebookNames), MemberType = typeof(ResearchReports))]
    public async Task ResearchReport_EveryTableCell_IsAFormattedNumber_NoExponent_NoMoreDecimalsThanItsColumnAllows(string notebook)
    {
        var report = await engine.ReportForAsync(notebook);
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var result = System.Text.Json.JsonSerializer.Deserialize<CellCheck>(await session.Page.EvaluateAsync<string>(CellChecks), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        Assert.True(result.Numbers > 10, $"only {result.Numbers} numeric cells found in {notebook}'s tables");
        Assert.Empty(result.Problems);
    }

    private sealed record CellCheck(int Numbers, string[] Problems);

    [ChromiumTheory]
    [InlineData("02-correlation.dib", "tbl-3")]
    [InlineData("03-factor-betas.dib", "tbl-3")]
    [InlineData("04-event-study.dib", "tbl-11")]
    [InlineData("05-summary.dib", "cell-27")]
    public async Task ResearchReport_OpensWithTheQuestion_TheAbstract_AndTheKeyFindingItComputes(string notebook, string source)
    {
        var report = await engine.ReportForAsync(notebook);
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report, width: 1400, height: 1000);
        var page = session.Page;
        var finding = page.Locator("#key-finding");
        Assert.Equal("Key finding", await finding.Locator(".key-finding-title").TextContentAsync());
        var text = await finding.InnerTextAsync();
        Assert.Matches(@"\d\.\d\d|\d+%", text);
        Assert.DoesNotContain("<table", await finding.InnerHTMLAsync());
        // It sits right after the opening cell, whose first paragraph is the abstract.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#key-finding').previousElementSibling.classList.contains('cell-opening')"));
        // Its sentence is the marked cell's own output, and its link leads there.
        var link = finding.Locator(".key-finding-source a");
        Assert.Equal("#" + source, await link.GetAttributeAsync("href"));
        var target = page.Locator("#" + source);
        var sentence = await finding.Locator("p:not(.key-finding-title):not(.key-finding-source)").First.InnerTextAsync();
        var cellText = await page.EvaluateAsync<string>("id => (document.getElementById(id).closest('.outputs') || document.getElementById(id)).innerText", source);
        Assert.Contains(sentence.Trim(), cellText);
        // On a desktop it starts on the first screen.
        var top = await page.EvaluateAsync<double>("() => document.querySelector('#key-finding').getBoundingClientRect().top");
        Assert.True(top < 1000, $"the key finding starts at {top}px, below the first screen");
        // The setup cell's package list is the header's one Environment line, not an output ahead of the question.
        Assert.Equal("4 packages installed by the setup cell", await page.Locator("#environment summary").TextContentAsync());
        Assert.Equal(0, await page.Locator(".outputs :text-is('Installed Packages')").CountAsync());
        await link.ClickAsync();
        Assert.True(await target.IsVisibleAsync());
        ReportChecks.AssertClean(session);
    }

    [ChromiumTheory]
    [MemberData(nameof(ResearchReports.NotebookNames), MemberType = typeof(ResearchReports))]
    public async Task ResearchReport_EveryChartsCsv_ParsesBackToItsPlottedData(string notebook)
    {
        var report = await engine.ReportForAsync(notebook);
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, report);
        var page = session.Page;
        var ids = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('figure.figure-chart')).map(f => f.id)");
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            // The points each trace plots: heatmap cells, else one per x (or y) value.
            var points = await page.EvaluateAsync<string[][]>("""
                id => {
                  const chart = document.getElementById(id).querySelector('.js-plotly-plot');
                  const out = [];
                  chart.data.forEach((t, k) => {
                    const name = t.name || ('trace ' + (k + 1));
                    if (t.z && Array.isArray(t.z[0])) { t.z.forEach(row => row.forEach(z => out.push([name, z === null || z === undefined ? '' : String(z), 'z']))); return; }
                    const n = Math.max((t.x || []).length, (t.y || []).length);
                    for (let i = 0; i < n; i++) out.push([name, t.y && t.y[i] !== null && t.y[i] !== undefined ? String(t.y[i]) : '', 'y']);
                  });
                  return out;
                }
                """, id);
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"#{id} .csv-download").ClickAsync());
            var rows = Csv.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
            Assert.Equal(["trace", "x", "y", "z"], rows[0]);
            Assert.Equal(points.Length, rows.Count - 1);
            for (var i = 0; i < points.Length; i++)
            {
                var row = rows[i + 1];
                Assert.Equal(points[i][0], row[0]);
                var value = points[i][2] == "z" ? row[3] : row[2];
                if (double.TryParse(points[i][1], NumberStyles.Float, CultureInfo.InvariantCulture, out var expected))
                    Assert.Equal(expected, double.Parse(value, CultureInfo.InvariantCulture));
                else
                    Assert.Equal(points[i][1], value);
            }
        }
        ReportChecks.AssertClean(session);
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
                else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
                else if (c != '\r') field.Append(c);
            }
            if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
            return rows;
        }
    }
}
