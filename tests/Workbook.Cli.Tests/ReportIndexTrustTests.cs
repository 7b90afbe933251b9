namespace Workbook.Cli.Tests;

/// <summary>The index lists what the engine wrote, never a page someone else put in the reports folder.</summary>
public class ReportIndexTrustTests
{
    private const string Hostile =
        "<meta http-equiv=\"refresh\" content=\"0;url=https://example.com/\"><img src=x onerror=alert(2)><div style=\"position:fixed;inset:0;z-index:9\">overlay</div>";

    [Fact]
    public async Task A_foreign_page_with_the_report_meta_never_reaches_the_index()
    {
        // A page forged to look like an earlier run's report: the engine's meta with an answer full of active content.
        var meta = System.Net.WebUtility.HtmlEncode(Record("Forged"));

        var index = await IndexAfterRunAsync(("forged.html", $"<html><head><meta name=\"workbook-report\" content=\"{meta}\"></head><body></body></html>"));

        Assert.Contains("1 report", index);
        foreach (var gone in new[] { "forged", "Forged", "overlay" })
            Assert.DoesNotContain(gone, index);
    }

    [Fact]
    public async Task A_forged_record_beside_a_page_has_its_answer_sanitised_and_its_text_escaped()
    {
        var index = await IndexAfterRunAsync(("forged.html", "<html></html>"), ("forged.summary.json", Record("<script>alert(1)</script>")));

        Assert.Contains("2 reports", index);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", index);
        Assert.Contains("<div>overlay</div>", index);
        Assert.DoesNotContain("<script>alert", index);
    }

    private static string Record(string title) => System.Text.Json.JsonSerializer.Serialize(new
    {
        title,
        notebook = "f.dib",
        startedAt = "2026-01-01T00:00:00Z",
        durationMs = 1,
        succeeded = true,
        answer = Hostile,
    });

    /// <summary>Runs a one-cell notebook into a reports folder already holding <paramref name="planted"/>; the index, checked free of the hostile answer's active parts.</summary>
    private static async Task<string> IndexAfterRunAsync(params (string Name, string Text)[] planted)
    {
        var folder = CliRunner.Folder([("a.dib", "#!markdown\n\n# A notebook\n\n#!csharp\n\n1 + 1\n"), .. planted.Select(p => ("reports/" + p.Name, p.Text))]);

        var result = await WorkbookCli.ProcessAsync(folder, "run", "a.dib", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        var index = File.ReadAllText(Path.Combine(folder, "reports", "index.html"));
        Assert.Contains("<a href=\"a.html\">A notebook</a>", index);
        foreach (var gone in new[] { "http-equiv=\"refresh\"", "onerror", "position:fixed", "z-index:9", "example.com" })
            Assert.DoesNotContain(gone, index);
        return index;
    }
}
