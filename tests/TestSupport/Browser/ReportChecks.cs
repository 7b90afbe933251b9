using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TestSupport.IO;
using TestSupport.Reports;

namespace TestSupport.Browser;

/// <summary>The checks every report must pass in a real browser, shared by the hand-built and the notebook reports.</summary>
public static partial class ReportChecks
{
    /// <summary>
    /// Opens the report in light and dark schemes and checks: no request leaves the page, no console error, every
    /// chart drew its SVG, every TOC link scrolls to its heading, folded code unfolds, the dark palette applies.
    /// Saves a screenshot of the first screen in each scheme under the git-ignored screenshots folder.
    /// </summary>
    public static async Task AssertHealthyReportAsync(IBrowser browser, string reportPath)
    {
        var name = Path.GetFileNameWithoutExtension(reportPath);
        var expectedCharts = ChartScriptCount(File.ReadAllText(reportPath));

        string lightBackground;
        await using (var light = await PageSession.OpenAsync(browser, reportPath))
        {
            await AssertChartsRenderedAsync(light.Page, expectedCharts);
            Directory.CreateDirectory(RepoPaths.Screenshots);
            await light.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png") });
            lightBackground = await BackgroundAsync(light.Page);
            await AssertTocLinksScrollAsync(light.Page);
            await AssertFoldedCodeUnfoldsAsync(light.Page);
            AssertClean(light);
        }

        await using var dark = await PageSession.OpenAsync(browser, reportPath, ColorScheme.Dark);
        await AssertChartsRenderedAsync(dark.Page, expectedCharts);
        await dark.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + "-dark.png") });
        var darkBackground = await BackgroundAsync(dark.Page);
        Assert.NotEqual(lightBackground, darkBackground);
        Assert.True(Luminance(darkBackground) < 0.1, $"dark background {darkBackground} is not dark");
        Assert.True(Luminance(lightBackground) > 0.9, $"light background {lightBackground} is not light");
        if (expectedCharts > 0)
        {
            // The chart theming follows the page: plot area in the dark palette's colour.
            var plotColors = await dark.Page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(c => c._fullLayout.plot_bgcolor)");
            var expected = await PaletteColorAsync(dark.Page, "--chart-plot");
            Assert.All(plotColors, c => Assert.Equal(Rgb(expected), Rgb(c)));
        }
        AssertClean(dark);
    }

    /// <summary>No request other than the page itself, no console error, no dialog.</summary>
    public static void AssertClean(PageSession session)
    {
        Assert.Empty(session.OtherRequests);
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.Dialogs);
    }

    /// <summary>As many chart outputs as chart scripts, and each holds Plotly's rendered SVG.</summary>
    public static async Task AssertChartsRenderedAsync(IPage page, int expected)
    {
        var svgCounts = await page.EvaluateAsync<int[]>(
            "() => Array.from(document.querySelectorAll('.output-chart')).map(c => c.querySelectorAll('.main-svg').length)");
        Assert.Equal(expected, svgCounts.Length);
        Assert.All(svgCounts, count => Assert.True(count > 0, "a chart div has no rendered plot SVG"));
        // Every Plotly graph on the page sits in a chart output (none escaped the report's chart detection).
        Assert.Equal(expected, await page.EvaluateAsync<int>("() => document.querySelectorAll('.js-plotly-plot').length"));
    }

    /// <summary>Clicking each TOC entry updates the location hash and brings its heading into the viewport.</summary>
    public static async Task AssertTocLinksScrollAsync(IPage page)
    {
        var targets = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.toc a')).map(a => a.getAttribute('href'))");
        Assert.NotEmpty(targets);
        foreach (var href in targets)
        {
            Assert.StartsWith("#", href);
            var id = href[1..];
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            var topBefore = await page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", id);
            await page.Locator($".toc a[href=\"{href}\"]").ClickAsync();
            await page.WaitForFunctionAsync("h => location.hash === h", href);
            var position = await page.EvaluateAsync<double[]>(
                "id => [document.getElementById(id).getBoundingClientRect().top, window.innerHeight, window.scrollY]", id);
            var (top, viewport, scrollY) = (position[0], position[1], position[2]);
            Assert.True(top >= -2 && top < viewport, $"after clicking {href} its heading is at {top}px, outside the {viewport}px viewport");
            if (topBefore > viewport)
                Assert.True(scrollY > 0, $"clicking {href} did not scroll");
        }
    }

    /// <summary>A folded code cell hides its code until its summary is clicked.</summary>
    public static async Task AssertFoldedCodeUnfoldsAsync(IPage page)
    {
        // Pin the cell by its id: a ":not([open])" locator would move on to the next folded cell after the click.
        var cellId = await page.EvaluateAsync<string?>("() => document.querySelector('details.code:not([open])')?.closest('section').id ?? null");
        if (cellId is null)
            return;
        var details = page.Locator($"#{cellId} details.code");
        var code = details.Locator("pre.code");
        await details.ScrollIntoViewIfNeededAsync();
        Assert.False(await code.IsVisibleAsync(), "folded code is visible before the click");
        await details.Locator("summary").ClickAsync();
        Assert.True(await code.IsVisibleAsync(), "code is not visible after clicking its summary");
        Assert.NotNull(await details.GetAttributeAsync("open"));
        // Highlighted: a keyword, where the cell has one, is drawn in another colour than the code around it.
        var colors = await page.EvaluateAsync<string[]>(
            "id => { const pre = document.querySelector('#' + id + ' pre.code'); const k = pre.querySelector('.k'); return k ? [getComputedStyle(pre).color, getComputedStyle(k).color] : []; }", cellId);
        if (colors.Length == 2)
            Assert.NotEqual(colors[0], colors[1]);
    }

    /// <summary>How many chart outputs the report's HTML holds.</summary>
    public static int ChartScriptCount(string html) => ChartCall().Matches(html).Count;

    /// <summary>A palette colour as the page resolves it (the stylesheet declares light-dark() pairs).</summary>
    public static Task<string> PaletteColorAsync(IPage page, string property) => page.EvaluateAsync<string>(
        "p => { const s = document.createElement('span'); s.style.color = 'var(' + p + ')'; document.body.appendChild(s); const c = getComputedStyle(s).color; s.remove(); return c; }",
        property);

    public static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>Relative luminance (0 black, 1 white) of a CSS rgb()/rgba() colour.</summary>
    public static double Luminance(string cssColor)
    {
        var (r, g, b) = Rgb(cssColor);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }

    /// <summary>The red, green and blue of a CSS colour in rgb()/rgba() or #rrggbb form.</summary>
    public static (int R, int G, int B) Rgb(string cssColor)
    {
        var text = cssColor.Trim();
        if (text.StartsWith('#') && text.Length == 7)
            return (Convert.ToInt32(text[1..3], 16), Convert.ToInt32(text[3..5], 16), Convert.ToInt32(text[5..7], 16));
        var parts = Numbers().Matches(text).Select(m => (int)Math.Round(double.Parse(m.Value, CultureInfo.InvariantCulture))).ToArray();
        Assert.True(parts.Length >= 3, $"not a colour: {cssColor}");
        return (parts[0], parts[1], parts[2]);
    }

    [GeneratedRegex(@"<div class=""output output-chart""[ >]")]
    private static partial Regex ChartCall();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
