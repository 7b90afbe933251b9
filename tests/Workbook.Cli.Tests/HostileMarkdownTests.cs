namespace Workbook.Cli.Tests;

/// <summary>Markdown written to break the report, through the real CLI: every notebook still gets its report.</summary>
public class HostileMarkdownTests
{
    private const string Good = "#!csharp\n\nConsole.WriteLine(\"the good notebook ran\");\n";

    private static string Markdown(params string[] cells) => string.Concat(cells.Select(c => $"#!markdown\n\n{c}\n\n")) + "#!csharp\n\n1 + 1\n";

    [Fact]
    public async Task Markdown_nested_deeper_than_Markdig_allows_is_shown_as_text_and_every_report_is_written()
    {
        var folder = CliRunner.Folder(("a-deep.dib", Markdown("# Deep", new string('>', 128) + " x")), ("b-good.dib", Good));

        var result = await WorkbookCli.ProcessAsync(folder, "run", ".", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Unhandled exception", result.Error);
        Assert.Contains("ok     a-deep.dib: 3 cells succeeded", result.Output);
        Assert.Contains("ok     b-good.dib: 1 cells succeeded", result.Output);
        var report = File.ReadAllText(Path.Combine(folder, "reports", "a-deep.html"));
        Assert.Contains("This markdown cell is shown as text, not rendered: Markdig could not parse it:", report);
        Assert.Contains("<pre>" + string.Concat(Enumerable.Repeat("&gt;", 128)) + " x</pre>", report);
        Assert.Contains("the good notebook ran", File.ReadAllText(Path.Combine(folder, "reports", "b-good.html")));
        var index = File.ReadAllText(Path.Combine(folder, "reports", "index.html"));
        Assert.Contains("a-deep.html", index);
        Assert.Contains("b-good.html", index);
    }

    [Fact]
    public async Task A_markdown_cell_over_the_budget_is_shown_as_escaped_text_with_a_note()
    {
        var links = string.Concat(Enumerable.Repeat("[a](", 30_000));
        var folder = CliRunner.Folder(("links.dib", Markdown("# Links <b>x</b>", links)));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "links.dib", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = File.ReadAllText(Path.Combine(folder, "reports", "links.html"));
        Assert.Contains("This markdown cell is shown as text, not rendered: 120,000 characters, more than the 32,000 a cell may render as markdown.", report);
        Assert.Contains("<pre>[a]([a](", report);
        Assert.DoesNotContain("<a href=", report[report.IndexOf("<div class=\"markdown-unrendered\">", StringComparison.Ordinal)..report.IndexOf("</pre>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task A_style_cannot_lift_markdown_over_the_report_but_ordinary_styling_stays()
    {
        var folder = CliRunner.Folder(("cover.dib", Markdown(
            "# Cover",
            "<div style=\"position:fixed; inset:0; z-index:99999; background:white; transform: none\">covering text</div>",
            "<span style=\"color: red; font-weight: bold\">red text</span>")));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "cover.dib", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = File.ReadAllText(Path.Combine(folder, "reports", "cover.html"));
        var cover = report[report.IndexOf("covering text", StringComparison.Ordinal)..];
        Assert.Contains("<div style=\"background-color: rgba(255, 255, 255, 1)\">covering text</div>", report);
        foreach (var gone in new[] { "position:", "inset:", "z-index:", "99999", "transform:" })
            Assert.DoesNotContain(gone, report[report.IndexOf("id=\"cell-2\"", StringComparison.Ordinal)..report.IndexOf("id=\"cell-3\"", StringComparison.Ordinal)]);
        Assert.Contains("<span style=\"color: rgba(255, 0, 0, 1); font-weight: bold\">red text</span>", cover);
    }
}
