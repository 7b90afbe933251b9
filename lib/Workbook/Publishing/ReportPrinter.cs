using Microsoft.Playwright;

namespace Workbook.Publishing;

/// <summary>
/// A headless Chromium that draws charts' static images from their figures and prints written reports to PDF. It is the
/// machine's own browser (Debian's <c>chromium</c>, or the one <c>WORKBOOK_CHROMIUM</c> names) driven by
/// Playwright; every request a report makes other than for its own folder's files is refused, as a reader's
/// browser would find nothing to fetch either.
/// </summary>
public sealed class ReportPrinter : IAsyncDisposable
{
    /// <summary>The environment variable that names the Chromium executable to use.</summary>
    public const string ChromiumVariable = "WORKBOOK_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private const float PageTimeoutMs = 300_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The Chromium executable this machine offers, or null.</summary>
    public static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } named)
            return File.Exists(named) ? named : null;
        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Starts Chromium; throws <see cref="ChromiumNotFoundException"/> with what to install when there is none.</summary>
    public static async Task<ReportPrinter> StartAsync()
    {
        var executable = FindChromium() ?? throw new ChromiumNotFoundException(
            Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } named
                ? $"{ChromiumVariable}={named}: no such file. Static chart images and PDFs need Chromium."
                : $"Static chart images and PDFs need Chromium, which was not found at {string.Join(", ", Candidates)}: install it (apt-get install chromium) or set {ChromiumVariable}.");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = Flags });
            return new ReportPrinter(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens <paramref name="reportPath"/> in a fresh light-scheme page and waits until its charts are drawn.</summary>
    internal async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string reportPath, int width = 1100)
    {
        var full = Path.GetFullPath(reportPath);
        var folder = new Uri(Path.GetDirectoryName(full)! + Path.DirectorySeparatorChar).AbsoluteUri;
        return await OpenPageAsync(width, route => route.Request.Url.StartsWith(folder, StringComparison.Ordinal), async page =>
        {
            await page.GotoAsync(new Uri(full).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForFunctionAsync(
                "() => Array.from(document.querySelectorAll('.output-chart')).every(c => c.querySelector('.main-svg'))",
                null,
                new PageWaitForFunctionOptions { Timeout = PageTimeoutMs });
        });
    }

    /// <summary>A fresh light-scheme blank page that may fetch nothing at all, for drawing figures from their JSON.</summary>
    internal Task<(IBrowserContext Context, IPage Page)> OpenBlankAsync() =>
        OpenPageAsync(1100, _ => false, _ => Task.CompletedTask);

    // A context of its own per page, so pages never share state; a request outside what `allowed` admits is refused.
    // The context is closed again when preparing the page fails, so no page outlives its caller's try.
    private async Task<(IBrowserContext Context, IPage Page)> OpenPageAsync(int width, Func<IRoute, bool> allowed, Func<IPage, Task> prepare)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = ColorScheme.Light,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        try
        {
            await context.RouteAsync("**/*", route => allowed(route) ? route.ContinueAsync() : route.AbortAsync());
            // Generous: a report inlines megabytes of script, and a busy machine parses it slowly.
            context.SetDefaultTimeout(PageTimeoutMs);
            context.SetDefaultNavigationTimeout(PageTimeoutMs);
            var page = await context.NewPageAsync();
            await prepare(page);
            return (context, page);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
