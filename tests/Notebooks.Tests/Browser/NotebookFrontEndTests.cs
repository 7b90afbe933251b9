using Microsoft.Playwright;
using Workbook.Cli.Commands;

namespace Notebooks.Tests.Browser;

/// <summary>
/// A real front end on the workbook kernel: classic Jupyter Notebook 6 in Chromium, driven as a user would drive
/// it. Notebook 02's .ipynb is opened, the kernel <c>C# (workbook)</c> chosen from the Kernel menu, every cell run;
/// then a chart must have drawn its SVG, a table must be shown, Tab must complete <c>Console.Wr</c>, and a looping
/// cell must stop on Interrupt. plotly.js comes from the CDN in a real notebook; here the CDN address is answered
/// with Plotly.NET's own copy, as the machine has no internet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotebookFrontEndTests(BrowserFixture browser)
{
    private const string Notebook = "02-correlation";

    [NotebookFrontEndFact]
    public async Task Notebook_02_runs_cell_by_cell_in_classic_Jupyter_Notebook()
    {
        var root = await ScratchRepositoryAsync();
        await using var server = await NotebookServer.StartAsync(root);
        var context = await (await browser.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 1600 } });
        await context.RouteAsync("https://cdn.plot.ly/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/javascript",
            Body = Workbook.Rendering.PlotlyScript.Source,
        }));
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(server.NotebookUrl($"notebooks/{Notebook}.ipynb"));
            await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()", null, new() { Timeout = 120_000 });

            await page.ClickAsync("#kernellink");
            await page.HoverAsync("#menu-change-kernel");
            await page.ClickAsync("#kernel-submenu-workbook-csharp");
            await page.WaitForFunctionAsync("() => Jupyter.notebook.kernel && Jupyter.notebook.kernel.name === 'workbook-csharp' && Jupyter.notebook.kernel.is_connected()", null, new() { Timeout = 120_000 });
            Assert.Equal("C# (workbook)", (await page.InnerTextAsync(".kernel_indicator_name")).Trim());

            await page.ClickAsync("#celllink");
            await page.ClickAsync("#run_all_cells");
            await page.WaitForFunctionAsync(
                "() => Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').every(c => typeof c.input_prompt_number === 'number')",
                null, new() { Timeout = 600_000, PollingInterval = 500 });

            Assert.Equal(0, await page.Locator(".output_error").CountAsync());
            await page.WaitForSelectorAsync(".output_area .plotly-chart svg.main-svg", new() { Timeout = 60_000 });
            Assert.True(await page.Locator(".output_area .plotly-chart svg.main-svg").CountAsync() > 0);
            Assert.True(await page.Locator(".output_html table").CountAsync() > 0);

            Directory.CreateDirectory(RepoPaths.Screenshots);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.Locator(".plotly-chart").First.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, "notebook-02-in-jupyter-notebook.png") });
            if (Environment.GetEnvironmentVariable(DocsScreenshot.Variable) == "1")
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Root, "docs", "jupyter-notebook-screenshot.png") });

            // Tab completion in a new cell at the bottom.
            await page.EvaluateAsync("() => { const cell = Jupyter.notebook.insert_cell_at_bottom('code'); Jupyter.notebook.select(Jupyter.notebook.find_cell_index(cell)); cell.focus_editor(); }");
            await page.Keyboard.TypeAsync("Console.Wr");
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForSelectorAsync("#complete select option", new() { Timeout = 30_000 });
            var offered = await page.Locator("#complete select option").AllInnerTextsAsync();
            Assert.Contains("WriteLine", offered);
            Assert.Contains("Write", offered);
            Assert.DoesNotContain("ReadLine", offered);
            await page.Keyboard.PressAsync("Escape");

            // A loop that never yields, stopped with the toolbar's interrupt button.
            await page.EvaluateAsync("() => { const cell = Jupyter.notebook.get_cell(Jupyter.notebook.ncells() - 1); cell.set_text('while (true) { }'); cell.execute(); }");
            await page.WaitForFunctionAsync("() => Jupyter.notebook.get_cell(Jupyter.notebook.ncells() - 1).input_prompt_number === '*'", null, new() { Timeout = 30_000 });
            await page.WaitForTimeoutAsync(1000);
            await page.ClickAsync("button[data-jupyter-action='jupyter-notebook:interrupt-kernel']");
            await page.WaitForFunctionAsync("() => typeof Jupyter.notebook.get_cell(Jupyter.notebook.ncells() - 1).input_prompt_number === 'number'", null, new() { Timeout = 15_000 });
            var said = await page.EvaluateAsync<string>("() => Jupyter.notebook.get_cell(Jupyter.notebook.ncells() - 1).output_area.element.text()");
            Assert.Contains("could not be stopped in place", said);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    // notebooks/02-correlation.ipynb as `workbook convert --kernel workbook` writes it, beside links to the real
    // data/ and artifacts/, so the setup cell's relative paths work and nothing is written into the repository.
    private static async Task<string> ScratchRepositoryAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "workbook-tests", "notebook-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        Directory.CreateSymbolicLink(Path.Combine(root, "data"), RepoPaths.Data);
        Directory.CreateSymbolicLink(Path.Combine(root, "artifacts"), Path.Combine(RepoPaths.Root, "artifacts"));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await WorkbookCommand.InvokeAsync(
            ["convert", Path.Combine(RepoPaths.Notebooks, Notebook + ".dib"), "--to", "ipynb", "--kernel", "workbook", "-o", Path.Combine(root, "notebooks", Notebook + ".ipynb")],
            output, error);
        Assert.True(code == 0, error.ToString());
        return root;
    }
}

/// <summary>Needs Chromium and the Jupyter clients: skipped without either outside CI, run (and failing) under CI=true.</summary>
public sealed class NotebookFrontEndFactAttribute : FactAttribute
{
    public NotebookFrontEndFactAttribute() => Skip = Chromium.SkipReason ?? JupyterClients.SkipReason;
}
