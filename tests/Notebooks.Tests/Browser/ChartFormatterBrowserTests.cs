using Microsoft.Playwright;
using MinerCapex.Notebook;
using Plotly.NET;

namespace Notebooks.Tests.Browser;

/// <summary>
/// The chart fragment outside a report, as a notebook front end without plotly.js (VS Code) shows it: it asks the CDN
/// for plotly.js once, then draws. Here the route answers the CDN request with Plotly.NET's bundled copy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartFormatterBrowserTests(BrowserFixture chromium) : IDisposable
{
    private readonly TempFolder _folder = new();

    [ChromiumFact]
    public async Task WithoutPlotlyOnThePage_ChartsLoadItOnceFromTheCdn_ThenDraw()
    {
        var page = WritePage(ChartFormatter.ToHtml(SampleCharts.Lines("MARA", "MARA")) + ChartFormatter.ToHtml(SampleCharts.Lines("RIOT", "RIOT")));
        var bundle = PlotlyBundle();
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, page, fulfil: async route =>
        {
            if (route.Request.Url != ChartFormatter.PlotlyCdnUrl)
                return false;
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = bundle });
            return true;
        });
        await session.Page.WaitForFunctionAsync("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2");
        Assert.Equal([ChartFormatter.PlotlyCdnUrl], session.OtherRequests);
        Assert.Equal(2, await session.Page.EvaluateAsync<int>("() => document.querySelectorAll('.plotly-chart .js-plotly-plot').length"));
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task WhenTheCdnIsUnreachable_TheChartSaysSo()
    {
        var page = WritePage(ChartFormatter.ToHtml(SampleCharts.Lines("MARA", "MARA")));
        var browser = await chromium.BrowserAsync();
        await using var session = await PageSession.OpenAsync(browser, page);
        var chart = session.Page.Locator(".plotly-chart");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('.plotly-chart').textContent.includes('could not be loaded')");
        Assert.Contains(ChartFormatter.PlotlyCdnUrl, await chart.InnerTextAsync());
        Assert.Equal([ChartFormatter.PlotlyCdnUrl], session.OtherRequests);
    }

    private string WritePage(string body)
    {
        var path = _folder.File("chart.html");
        File.WriteAllText(path, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"></head><body>{body}</body></html>");
        return path;
    }

    private static string PlotlyBundle()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream($"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js")!;
        return new StreamReader(stream).ReadToEnd();
    }

    public void Dispose() => _folder.Dispose();
}
