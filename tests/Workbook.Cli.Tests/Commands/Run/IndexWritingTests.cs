using Workbook.Cli.Commands.Run;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>The index step: written over the fresh runs, or a failure of its own that the summary names.</summary>
public class IndexWritingTests
{
    [Fact]
    public async Task The_index_lists_every_fresh_run_and_is_named_by_its_path()
    {
        using var folder = new TempFolder();
        var outcomes = new[] { "a.dib", "b.dib" }.Select(name => new NotebookOutcome(new RunBuilder(folder.File(name)).Markdown($"# Notebook {name}").Build(), null)).ToList();

        var index = await IndexWriting.WriteAsync(outcomes, folder.Path, CancellationToken.None);

        Assert.Equal(new IndexOutcome(folder.File("index.html"), null), index);
        Assert.Equal(folder.File("index.html"), index.Shown);
        var html = File.ReadAllText(folder.File("index.html"));
        Assert.Contains("href=\"a.html\"", html);
        Assert.Contains("href=\"b.html\"", html);
    }

    [Fact]
    public async Task An_index_that_cannot_be_written_is_its_own_failure_marked_not_written()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("index.html"));
        var outcomes = new[] { new NotebookOutcome(new RunBuilder(folder.File("a.dib")).Markdown("# A").Build(), null) };

        var index = await IndexWriting.WriteAsync(outcomes, folder.Path, CancellationToken.None);

        Assert.Equal(folder.File("index.html"), index.Path);
        Assert.True(Assert.IsType<OutputFailure>(index.Failure).Unwritable);
        Assert.Equal($"{folder.File("index.html")} (not written)", index.Shown);
        Assert.True(Directory.Exists(folder.File("index.html")));
    }
}
