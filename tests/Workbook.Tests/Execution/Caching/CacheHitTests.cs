using System.Text.RegularExpressions;

namespace Workbook.Tests.Execution.Caching;

/// <summary>
/// An unchanged rerun with <c>--cache</c> is served from the cache: no worker runs a cell, and the report, the
/// executed .ipynb and the index are those of the run that computed the outputs, the report saying so.
/// </summary>
public class CacheHitTests
{
    [Fact]
    public async Task An_unchanged_rerun_starts_no_worker_and_its_report_says_where_the_outputs_come_from()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("hello", "Console.WriteLine(\"hello from the worker\");");

        var first = await repo.RunAsync();
        var second = await repo.RunAsync();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(1, repo.Runs("hello"));
        var started = Regex.Match(repo.Report("hello"), "<time datetime=\"[^\"]+\">([^<]+)</time>").Groups[1].Value;
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$", started);
        Assert.Contains($"ok     hello.dib: 2 cells succeeded, outputs from cache, run of {started} (", second.Output);
        Assert.Contains("hello.dib: done, 2 cells from cache in", second.Output);
        Assert.DoesNotContain("hello.dib [2/2] csharp", second.Output);
        var report = repo.Report("hello");
        Assert.Contains($"<span class=\"badge badge-override\">Cached</span> outputs from cache, run of {started}</p>", report);
        Assert.Contains("hello from the worker", report);
        Assert.Equal("", second.Error);
    }

    [Fact]
    public async Task Without_the_option_nothing_is_read_or_written()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("plain");

        await WorkbookCli.ProcessAsync(repo.Root, "run", "--html", repo.Reports);
        await WorkbookCli.ProcessAsync(repo.Root, "run", "--html", repo.Reports);

        Assert.Equal(2, repo.Runs("plain"));
        Assert.False(Directory.Exists(repo.CacheFolder));
        Assert.DoesNotContain("outputs from cache", repo.Report("plain"));
    }
}
