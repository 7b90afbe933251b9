using Microsoft.Playwright;

namespace TestSupport.Browser;

/// <summary>
/// A page opened on one local HTML file with everything else blocked: every request other than the file itself is
/// aborted and recorded, as are console errors, uncaught page errors and dialogs (an <c>alert</c> from injected
/// markup would land there).
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
    }

    public IPage Page { get; }

    public string Url { get; }

    /// <summary>Distinct URLs requested other than the page itself (aborted by the route, or seen on the wire).</summary>
    public List<string> OtherRequests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>
    /// Opens <paramref name="file"/>. <paramref name="fulfil"/> may answer a request instead of aborting it (it is
    /// still recorded): the tests use it to serve plotly.js for a page that asks the CDN.
    /// </summary>
    public static async Task<PageSession> OpenAsync(
        IBrowser browser, string file, ColorScheme scheme = ColorScheme.Light, int width = 1400, int height = 1000,
        Func<IRoute, Task<bool>>? fulfil = null)
    {
        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, url);
        await context.RouteAsync("**/*", async route =>
        {
            var requested = route.Request.Url;
            if (requested == url)
            {
                await route.ContinueAsync();
                return;
            }
            session.Record(requested);
            if (fulfil is null || !await fulfil(route))
                await route.AbortAsync();
        });
        page.Request += (_, request) =>
        {
            // file:// and data: loads may bypass routing; anything that is not the page or inline data still counts.
            if (request.Url != url && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
                session.Record(request.Url);
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                session.ConsoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => session.ConsoleErrors.Add("uncaught: " + error);
        page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        // A report inlines megabytes of script; on a machine shared by many builds parsing it can take a while.
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        return session;
    }

    private void Record(string requested)
    {
        lock (OtherRequests)
        {
            if (!OtherRequests.Contains(requested))
                OtherRequests.Add(requested);
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
