using Microsoft.Playwright;

namespace TestSupport.Browser;

/// <summary>
/// One headless Chromium for all browser tests (Playwright driving Debian's chromium; never a downloaded browser).
/// Launched lazily, so a skipped run never starts it; under CI a missing Chromium fails with a clear message.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null)
                return _browser;
            if (!Chromium.IsInstalled)
                throw new InvalidOperationException($"CI=true and Chromium is missing at {Chromium.ExecutablePath}: the browser tests must run in CI.");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args = Flags,
            });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
