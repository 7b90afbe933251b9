using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

/// <summary>The setup cell's package list, in the HTML-only form the kernel and the engine write, folds into the header.</summary>
public sealed class EnvironmentOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // Exactly what the engine (like the .NET Interactive kernel) displays after a restore: HTML, no text/plain.
    private const string EngineList = "<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>MathNet.Numerics, 5.0.0</span></li><li><span>Plotly.NET, 6.0.0</span></li></ul></div></div>";

    [Fact]
    public void TheEnginesHtmlOnlyPackageList_IsFoldedIntoTheEnvironmentLine_NotShownInTheCell()
    {
        var run = new RunBuilder(Path.Combine(_folder.Path, "08-setup.dib"))
            .Code("#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"nuget: Plotly.NET, 6.0.0\"", RunBuilder.Html(EngineList))
            .Markdown("# Setup\n\nThe question.")
            .Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Contains("<details class=\"environment\" id=\"environment\"><summary>2 packages installed by the setup cell</summary><ul><li><code>MathNet.Numerics, 5.0.0</code></li><li><code>Plotly.NET, 6.0.0</code></li></ul></details>", html);
        Assert.DoesNotContain("<strong>Installed Packages</strong>", html);
    }

    [Fact]
    public void HtmlThatOnlyMentionsInstalledPackages_StaysInItsCell()
    {
        var output = "<div><p>See <strong>Installed Packages</strong> below.</p><ul><li>one</li></ul></div>";
        var run = new RunBuilder(Path.Combine(_folder.Path, "09-mention.dib"))
            .Code("display(HTML(x))", RunBuilder.Html(output))
            .Build();
        var html = ReportRenderer.Render(run, new ReportOptions());

        Assert.Contains("See <strong>Installed Packages</strong> below.", html);
        Assert.DoesNotContain("id=\"environment\"", html);
    }

    public void Dispose() => _folder.Dispose();
}
