namespace Workbook.Tests.Execution.Caching;

/// <summary>
/// What the cache must survive: failed runs (never stored), two runs at once, a corrupt or truncated entry and a
/// temporary file left by an interrupted write (each set aside in one line, and the notebook runs).
/// </summary>
public class CacheSafetyTests
{
    private const string FromCache = "outputs from cache, run of";

    [Fact]
    public async Task A_failed_run_is_not_cached()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("broken", "throw new InvalidOperationException(\"not yet\");");

        var first = await repo.RunAsync();
        var second = await repo.RunAsync();

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("FAILED broken.dib, cell 2, line 2: System.InvalidOperationException: not yet", second.Error);
        Assert.Equal(2, repo.Runs("broken"));
        Assert.Empty(repo.Entries("broken.dib"));
        Assert.DoesNotContain(FromCache, repo.Report("broken"));
    }

    [Fact]
    public async Task Two_runs_at_once_both_succeed_and_leave_one_whole_entry()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("shared");

        var results = await Task.WhenAll(
            WorkbookCli.ProcessAsync(repo.Root, "run", "--cache", "--html", Path.Combine(repo.Root, "reports-a")),
            WorkbookCli.ProcessAsync(repo.Root, "run", "--cache", "--html", Path.Combine(repo.Root, "reports-b")));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.InRange(repo.Runs("shared"), 1, 2);
        Assert.Single(repo.Entries("shared.dib"));
        Assert.Single(repo.Files("shared.dib"));
        var runs = repo.Runs("shared");
        var third = await repo.RunAsync();
        Assert.Contains("shared.dib: 2 cells succeeded, " + FromCache, third.Output);
        Assert.Equal(runs, repo.Runs("shared"));
    }

    [Fact]
    public async Task A_truncated_entry_is_set_aside_in_one_line_and_the_notebook_runs()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("cut");
        await repo.RunAsync();
        var entry = Assert.Single(repo.Entries("cut.dib"));
        var bytes = await File.ReadAllBytesAsync(entry);
        await File.WriteAllBytesAsync(entry, bytes[..(bytes.Length / 2)]);

        var rerun = await repo.RunAsync();

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(2, repo.Runs("cut"));
        var warning = Assert.Single(rerun.Error.Split('\n'), l => l.Contains("cache:"));
        Assert.StartsWith($"cache: ignoring the unreadable entry {entry} (", warning);
        Assert.EndsWith("; cut.dib runs again.", warning.TrimEnd());
        Assert.Contains("cut.dib: 2 cells succeeded, " + FromCache, (await repo.RunAsync()).Output);
        Assert.Equal(2, repo.Runs("cut"));
    }

    [Fact]
    public async Task An_entry_holding_other_json_is_set_aside_and_replaced()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("other");
        await repo.RunAsync();
        var entry = Assert.Single(repo.Entries("other.dib"));
        // Valid JSON of the right layout, with a key that lacks most of its fields.
        await File.WriteAllTextAsync(entry, "{\"Format\": 1, \"Key\": {\"Notebook\": \"sha256:00\"}, \"Cells\": []}");

        var rerun = await repo.RunAsync();

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(2, repo.Runs("other"));
        Assert.Contains($"cache: ignoring the entry {entry}: its key is not the one it is filed under; other.dib runs again.", rerun.Error);
        Assert.Contains(FromCache, (await repo.RunAsync()).Output);
    }

    [Fact]
    public async Task A_temporary_file_left_by_an_interrupted_write_is_removed_in_one_line_and_the_notebook_runs()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("interrupted");
        await repo.RunAsync();
        var entry = Assert.Single(repo.Entries("interrupted.dib"));
        // What a write killed before its rename leaves: the entry's first bytes under the temporary name, no entry.
        var temp = Path.Combine(Path.GetDirectoryName(entry)!, $".{Path.GetFileName(entry)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, (await File.ReadAllBytesAsync(entry))[..100]);
        File.Delete(entry);
        File.SetLastWriteTimeUtc(temp, DateTime.UtcNow.AddHours(-1));

        var rerun = await repo.RunAsync();

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(2, repo.Runs("interrupted"));
        Assert.Equal($"cache: removing {temp}, left over by an interrupted write.", Assert.Single(rerun.Error.Split('\n'), l => l.Contains("cache:")));
        Assert.False(File.Exists(temp));
        Assert.Single(repo.Entries("interrupted.dib"));
    }

    [Fact]
    public async Task Old_entries_of_a_notebook_are_pruned_to_the_newest_three()
    {
        var repo = CacheRepository.Create();
        repo.Write("notebooks/many.dib", "#!csharp\n\n// parameters\nvar n = 1;\n\n#!csharp\n\nConsole.WriteLine(n);\n");
        foreach (var n in new[] { "1", "2", "3", "4", "5" })
            Assert.Equal(0, (await repo.RunAsync("-p", $"n={n}")).ExitCode);

        Assert.Equal(3, repo.Entries("many.dib").Count);
        Assert.Contains(FromCache, (await repo.RunAsync("-p", "n=5")).Output);
        Assert.DoesNotContain(FromCache, (await repo.RunAsync("-p", "n=1")).Output);
    }
}
