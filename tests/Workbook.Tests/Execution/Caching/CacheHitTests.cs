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

    [Fact]
    public async Task A_research_notebook_served_from_the_cache_gives_the_same_report_ipynb_and_index()
    {
        var source = RepoPaths.Root;
        var repo = CacheRepository.Create();
        File.Delete(Path.Combine(repo.Root, "data", "prices.csv"));
        CopyFolder(Path.Combine(source, "data"), Path.Combine(repo.Root, "data"));
        CopyFolder(Path.Combine(source, "artifacts", "lib"), Path.Combine(repo.Root, "artifacts", "lib"));
        File.Copy(Path.Combine(source, "notebooks", "02-correlation.dib"), Path.Combine(repo.Root, "notebooks", "02-correlation.dib"));
        var ipynbFirst = Path.Combine(repo.Root, "ipynb-first");
        var ipynbCached = Path.Combine(repo.Root, "ipynb-cached");

        // The research notebook changes with the study; the count is read from it, not pinned here.
        var cells = Workbook.Document.NotebookFile.Load(Path.Combine(repo.Root, "notebooks", "02-correlation.dib")).Elements.Count;
        var first = await repo.RunAsync("--ipynb", ipynbFirst);
        var firstReport = repo.Report("02-correlation");
        var firstIndex = File.ReadAllText(Path.Combine(repo.Reports, "index.html"));
        var cached = await repo.RunAsync("--ipynb", ipynbCached);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(cached.ExitCode == 0, cached.ToString());
        Assert.Matches(@"02-correlation\.dib \[\d+/" + cells + @"\] csharp succeeded", first.Output);
        Assert.DoesNotContain("02-correlation.dib [", cached.Output);
        Assert.Contains($"ok     02-correlation.dib: {cells} cells succeeded, outputs from cache, run of ", cached.Output);
        // Chart ids are fresh GUIDs on every run, so equal bytes mean the outputs are the stored ones.
        Assert.Equal(File.ReadAllBytes(Path.Combine(ipynbFirst, "02-correlation.ipynb")), File.ReadAllBytes(Path.Combine(ipynbCached, "02-correlation.ipynb")));
        var cachedReport = repo.Report("02-correlation");
        var note = Regex.Match(cachedReport, "<p class=\"status status-cached\" id=\"from-cache\">[^\n]*</p>\n");
        Assert.True(note.Success, "no cache note in the report");
        Assert.Equal(WithoutNonces(firstReport), WithoutNonces(cachedReport.Remove(note.Index, note.Length)));
        Assert.Equal(WithoutNonces(firstIndex), WithoutNonces(File.ReadAllText(Path.Combine(repo.Reports, "index.html"))));
    }

    // Each page's script nonce is fresh on every write, as a content security policy requires.
    private static string WithoutNonces(string html) => Regex.Replace(html, "nonce(-|=\")[A-Za-z0-9+/=]+", "nonce$1");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
